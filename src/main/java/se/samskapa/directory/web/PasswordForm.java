package se.samskapa.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.samskapa.directory.AccountManagement;

/**
 * A user changing their own password.
 *
 * @param currentPassword the password they have now
 * @param newPassword the new one
 * @param repeatPassword the new one again
 */
record PasswordForm(@NotBlank(message = "{password.current.required}") String currentPassword,
		@NotBlank(message = "{password.new.required}") @Size(min = AccountManagement.MIN_PASSWORD_LENGTH,
				message = "{password.too.short.min}") String newPassword,
		String repeatPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean repeated() {
		return newPassword != null && newPassword.equals(repeatPassword);
	}

}
