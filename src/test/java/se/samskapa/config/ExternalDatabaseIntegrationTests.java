package se.samskapa.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samskapa.SamskapaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SPRING_DATASOURCE_URL} switches from the embedded database to a server: here a
 * second PostgreSQL, started separately and reached only by its URL. And the embedded
 * database keeps its data between starts.
 */
class ExternalDatabaseIntegrationTests {

	@Test
	void theApplicationRunsOnADatabaseGivenByUrlAndLeavesNoDemoAccountsBehindInProduction() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext demo = start(url, true)) {
				assertThat(demo.containsBean("embeddedServer")).isFalse();
				assertThat(demo.getBean(DataSource.class).getConnection().getMetaData().getURL()).isEqualTo(url);
			}
			// The tables were created by Flyway in the external server, with the demo
			// data.
			assertThat(count(external.getPostgresDatabase(), "SELECT count(*) FROM groups_group")).isEqualTo(6);
			// admin, samordnare, medlem and the Fritidsbanken counter's fritidsbanken.
			assertThat(count(external.getPostgresDatabase(), "SELECT count(*) FROM directory_account WHERE enabled"))
				.isEqualTo(4);

			// In production the demo accounts are disabled at start-up.
			try (ConfigurableApplicationContext production = start(url, false)) {
				assertThat(production.getBean(JdbcClient.class)
					.sql("SELECT count(*) FROM directory_account WHERE enabled")
					.query(Integer.class)
					.single()).isZero();
			}
		}
	}

	@Test
	void theEmbeddedDatabaseKeepsItsDataBetweenStarts(@TempDir Path directory) throws Exception {
		Path data = directory.resolve("postgres");
		LocalPostgres first = LocalPostgres.acquire(data.toString(), 0);
		try (Connection connection = java.sql.DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (value TEXT)");
			statement.execute("INSERT INTO kept VALUES ('still here')");
		}
		first.release();
		assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();

		LocalPostgres second = LocalPostgres.acquire(data.toString(), 0);
		try (Connection connection = java.sql.DriverManager.getConnection(second.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT value FROM kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("still here");
		}
		finally {
			second.release();
		}
	}

	@Test
	void aSecondProcessUsesTheServerOfTheFirstAndLeavesItRunning(@TempDir Path directory) throws Exception {
		Path data = directory.resolve("postgres");
		LocalPostgres owner = LocalPostgres.acquire(data.toString(), 0);
		try {
			LocalPostgres guest = LocalPostgres.attachTo(data);
			assertThat(guest.port()).isEqualTo(owner.port());
			guest.release();
			try (Connection connection = java.sql.DriverManager.getConnection(owner.jdbcUrl("postgres"), "postgres",
					"")) {
				assertThat(connection.isValid(2)).isTrue();
			}
		}
		finally {
			owner.release();
		}
	}

	private static ConfigurableApplicationContext start(String url, boolean demo) {
		// Command-line arguments, like SPRING_DATASOURCE_URL: they override
		// application.properties.
		return new SpringApplicationBuilder(SamskapaApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--samskapa.demo.enabled=" + demo, "--spring.main.banner-mode=off");
	}

	private static int count(DataSource dataSource, String sql) throws Exception {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

}
