package se.samskapa.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import se.samskapa.directory.AccountManagement;

/**
 * Demo accounts never exist outside demo mode: a database that once ran the demo and now
 * runs for real gets them disabled at start-up. Only the web application decides: no one
 * logs in to the command-line importer, which runs without demo data against whatever
 * database it is given, a developer's demo database included.
 */
@Component
@ConditionalOnBooleanProperty(name = "samskapa.demo.enabled", havingValue = false)
@ConditionalOnWebApplication
class DemoAccountsGuard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsGuard.class);

	private final AccountManagement accounts;

	DemoAccountsGuard(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String username : DemoData.ACCOUNTS) {
			if (accounts.disableIfPassword(username, DemoData.PASSWORD, "system")) {
				log.warn("Disabled the demo account '{}': demo accounts are not allowed outside demo mode", username);
			}
		}
	}

}
