package se.samskapa.directory.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.Role;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Through the real login form: five wrong passwords in a row lock an account, and an
 * admin's unlock or new password lets its owner in again.
 */
@SamskapaTest
@Transactional
class LockoutControllerTests {

	private static final String USERNAME = "lasbar";

	private static final String PASSWORD = "rätt lösenord 123";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	private long accountId;

	@BeforeEach
	void createAccount() {
		accountId = accounts.create(USERNAME, PASSWORD, Role.MEMBER, null, "test").id();
	}

	@Test
	void fourWrongPasswordsDoNotLockTheAccount() {
		failLogins(4);
		assertThat(login(PASSWORD)).isEqualTo("/");
		assertThat(accounts.account(accountId).orElseThrow().locked()).isFalse();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
		failLogins(5);
		assertThat(accounts.account(accountId).orElseThrow().locked()).isTrue();
		assertThat(login(PASSWORD)).isEqualTo("/login?locked");
	}

	@Test
	void anAdminUnlockLetsTheOwnerInAgain() {
		failLogins(5);
		assertThat(mvc.post().uri("/admin/konton/" + accountId + "/las-upp").with(users.admin()).with(csrf()))
			.hasRedirectedUrl("/admin/konton/" + accountId);
		assertThat(accounts.account(accountId).orElseThrow().locked()).isFalse();
		assertThat(login(PASSWORD)).isEqualTo("/");
	}

	@Test
	void anAdminPasswordResetLiftsTheLockAndReplacesThePassword() {
		failLogins(5);
		String newPassword = "ett helt nytt lösenord";
		assertThat(mvc.post()
			.uri("/admin/konton/" + accountId + "/losenord")
			.param("newPassword", newPassword)
			.with(users.admin())
			.with(csrf())).hasRedirectedUrl("/admin/konton/" + accountId);
		assertThat(login(PASSWORD)).isEqualTo("/login?error");
		assertThat(login(newPassword)).isEqualTo("/");
	}

	@Test
	void theLockedPageExplainsWhatHappened() {
		assertThat(mvc.get().uri("/login?locked")).hasStatusOk().bodyText().contains("Kontot är låst i 15 minuter");
	}

	private void failLogins(int times) {
		for (int i = 0; i < times; i++) {
			assertThat(login("fel lösenord")).isEqualTo("/login?error");
		}
	}

	/** Logs in through the form and tells where Spring Security sent the browser. */
	private String login(String password) {
		return mvc.post()
			.uri("/login")
			.param("username", USERNAME)
			.param("password", password)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

}
