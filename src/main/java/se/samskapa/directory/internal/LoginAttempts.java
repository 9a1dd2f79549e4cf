package se.samskapa.directory.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import se.samskapa.directory.AccountManagement;

/** Counts failed logins so that an account under attack is locked for a while. */
@Component
class LoginAttempts {

	private final AccountManagement accounts;

	LoginAttempts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.loginFailed(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.loginSucceeded(event.getAuthentication().getName());
	}

}
