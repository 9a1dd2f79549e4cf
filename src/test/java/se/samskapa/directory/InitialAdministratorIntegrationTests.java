package se.samskapa.directory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samskapa.SamskapaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production starts on an empty database: the initial administrator given in the settings
 * is created once, and never again once an administrator exists.
 */
class InitialAdministratorIntegrationTests {

	@Test
	void theFirstStartCreatesTheInitialAdministratorOnce() throws Exception {
		try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
			String url = database.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext first = start(url, "forsta-admin")) {
				AccountManagement accounts = first.getBean(AccountManagement.class);
				assertThat(accounts.accounts()).extracting(AccountView::username, AccountView::role)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("forsta-admin", Role.ADMIN));
			}
			try (ConfigurableApplicationContext second = start(url, "andra-admin")) {
				assertThat(second.getBean(AccountManagement.class).accounts()).extracting(AccountView::username)
					.containsExactly("forsta-admin");
			}
		}
	}

	private static ConfigurableApplicationContext start(String url, String username) {
		return new SpringApplicationBuilder(SamskapaApplication.class).run("--spring.profiles.active=prod",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off",
				"--samskapa.initial-admin.username=" + username,
				"--samskapa.initial-admin.password=ett-langt-och-hemligt-losenord");
	}

}
