package se.samskapa.directory.web;

import jakarta.validation.constraints.NotNull;

import se.samskapa.directory.AccountView;
import se.samskapa.directory.Role;

/**
 * An admin changing an account: its role, its person, and whether it may log in.
 *
 * @param role what the account may do
 * @param personId the person the account belongs to, if any
 * @param enabled whether the account may log in
 */
public record AccountForm(@NotNull(message = "{account.role.required}") Role role, Long personId, boolean enabled) {

	static AccountForm of(AccountView account) {
		return new AccountForm(account.role(), account.personId(), account.enabled());
	}

}
