package se.samskapa.directory.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samskapa.directory.AccountManagement;

/**
 * An admin giving a user who forgot their password a new one.
 *
 * @param newPassword the new password
 */
public record PasswordResetForm(@NotNull(message = "{account.password.required}") @Size(
		min = AccountManagement.MIN_PASSWORD_LENGTH, message = "{password.too.short.min}") String newPassword) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("");
	}

}
