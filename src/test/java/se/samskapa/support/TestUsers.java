package se.samskapa.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.Role;
import se.samskapa.directory.SamskapaUser;

/**
 * The demo accounts and a few more, as MockMvc request post-processors: {@code admin},
 * {@code samordnare} (coordinator, David Bergström), {@code medlem} (member, Herbert
 * Tinz, Bryggan), and on demand an account for any demo person.
 */
@TestComponent
public class TestUsers {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	TestUsers(AccountManagement accounts, DirectoryManagement directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	public RequestPostProcessor admin() {
		return as("admin");
	}

	public RequestPostProcessor coordinator() {
		return as("samordnare");
	}

	public RequestPostProcessor member() {
		return as("medlem");
	}

	/** A member account for the named demo person (created the first time). */
	public RequestPostProcessor person(String fullName) {
		return SecurityMockMvcRequestPostProcessors.user(personUser(fullName, Role.MEMBER));
	}

	public SamskapaUser personUser(String fullName, Role role) {
		String username = "test-" + fullName.toLowerCase().replaceAll("[^a-z]+", "-");
		if (!accounts.usernameTaken(username)) {
			long personId = directory.searchPeople(fullName, 1).get(0).id();
			accounts.createWithoutPolicy(username, "test-password", role, personId);
		}
		return (SamskapaUser) accounts.loadUserByUsername(username);
	}

	public SamskapaUser user(String username) {
		return (SamskapaUser) accounts.loadUserByUsername(username);
	}

	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(user(username));
	}

}
