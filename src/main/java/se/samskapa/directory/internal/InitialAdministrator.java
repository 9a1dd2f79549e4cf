package se.samskapa.directory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.Role;

/**
 * A fresh production database has no accounts. Given
 * {@code samskapa.initial-admin.username} and {@code .password}, the first start creates
 * that administrator, who then creates everyone else; once an administrator exists, the
 * settings are ignored.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountManagement accounts;

	private final AccountRepository repository;

	private final Environment environment;

	InitialAdministrator(AccountManagement accounts, AccountRepository repository, Environment environment) {
		this.accounts = accounts;
		this.repository = repository;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = environment.getProperty("samskapa.initial-admin.username");
		String password = environment.getProperty("samskapa.initial-admin.password");
		if (username == null || username.isBlank() || password == null) {
			return;
		}
		boolean anAdministratorExists = repository.findAll()
			.stream()
			.anyMatch(account -> account.getRole() == Role.ADMIN && account.isEnabled());
		if (anAdministratorExists) {
			return;
		}
		accounts.create(username, password, Role.ADMIN, null, "system");
		log.info("Created the initial administrator '{}'", username);
	}

}
