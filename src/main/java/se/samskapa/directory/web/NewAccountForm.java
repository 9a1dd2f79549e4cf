package se.samskapa.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.Role;

/**
 * An admin creating an account.
 *
 * @param username what the user will log in with
 * @param password the first password; never shown again, not even after an error
 * @param role what the account may do
 * @param personId the person in the directory the account belongs to, if any
 */
public record NewAccountForm(
		@NotBlank(message = "{account.username.required}") @Size(max = 60,
				message = "{account.username.too.long}") @Pattern(regexp = "[\\p{L}\\p{N}._@-]*",
						message = "{account.username.pattern}") String username,
		@NotNull(message = "{account.password.required}") @Size(min = AccountManagement.MIN_PASSWORD_LENGTH,
				message = "{password.too.short.min}") String password,
		@NotNull(message = "{account.role.required}") Role role, Long personId) {

	public NewAccountForm {
		username = username == null ? null : username.trim();
	}

	static NewAccountForm empty() {
		return new NewAccountForm("", "", Role.MEMBER, null);
	}

}
