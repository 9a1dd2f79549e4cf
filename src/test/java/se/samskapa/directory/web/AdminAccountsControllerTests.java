package se.samskapa.directory.web;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.AccountView;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.Role;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SamskapaTest
@Transactional
class AdminAccountsControllerTests extends AbstractEndpointAccessTests {

	private static final String GOOD_PASSWORD = "ett langt losenord";

	@Autowired
	AccountManagement accounts;

	@Autowired
	DirectoryManagement directory;

	static Stream<String> endpoints() {
		return Stream.of("GET /admin/konton", "GET /admin/konton/nytt",
				"POST /admin/konton username=ny.person&password=" + GOOD_PASSWORD + "&role=MEMBER",
				"GET /admin/konton/{account}", "POST /admin/konton/{account} role=MEMBER&enabled=true",
				"POST /admin/konton/{account}/losenord newPassword=" + GOOD_PASSWORD,
				"POST /admin/konton/{account}/las-upp");
	}

	@Test
	void listShowsEveryAccountWithRolePersonAndState() {
		assertThat(mvc.get().uri("/admin/konton").with(users.admin())).hasStatusOk()
			.bodyText()
			.contains("samordnare", "Samordnare", "David Bergström", "medlem", "Herbert Tinz", "Ingen person",
					"Aktivt");
	}

	@Test
	void createsAnAccountForAPerson() {
		long lina = personId("Lina Håkansson");
		MvcTestResult result = mvc.post()
			.uri("/admin/konton")
			.param("username", "lina.h")
			.param("password", GOOD_PASSWORD)
			.param("role", "COORDINATOR")
			.param("personId", String.valueOf(lina))
			.with(users.admin())
			.with(csrf())
			.exchange();
		AccountView created = accounts.accountOfPerson(lina).orElseThrow();
		assertThat(created.username()).isEqualTo("lina.h");
		assertThat(created.role()).isEqualTo(Role.COORDINATOR);
		assertThat(result).hasRedirectedUrl("/admin/konton/" + created.id());
		assertThat(result).flash().containsEntry("message", "account.created");
	}

	@Test
	void aShortPasswordIsExplainedInSwedishAndTheUsernameIsKept() {
		MvcTestResult result = mvc.post()
			.uri("/admin/konton")
			.param("username", "lina.h")
			.param("password", "kort12345")
			.param("role", "MEMBER")
			.with(users.admin())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("password");
		assertThat(result).bodyText()
			.contains("Lösenordet måste vara minst 10 tecken.", "value=\"lina.h\"",
					"aria-describedby=\"password-error\"")
			.doesNotContain("kort12345");
		assertThat(accounts.usernameTaken("lina.h")).isFalse();
	}

	@Test
	void aTakenUsernameIsRefusedWhateverTheCase() {
		int before = accounts.accounts().size();
		MvcTestResult result = mvc.post()
			.uri("/admin/konton")
			.param("username", "Samordnare")
			.param("password", GOOD_PASSWORD)
			.param("role", "MEMBER")
			.with(users.admin())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Användarnamnet är upptaget.", "value=\"Samordnare\"");
		assertThat(accounts.accounts()).hasSize(before);
	}

	@Test
	void aUsernameWithSpacesIsRefused() {
		assertThat(mvc.post()
			.uri("/admin/konton")
			.param("username", "lina h")
			.param("password", GOOD_PASSWORD)
			.param("role", "MEMBER")
			.with(users.admin())
			.with(csrf())).hasStatusOk().bodyText().contains("inga mellanslag");
		assertThat(accounts.usernameTaken("lina h")).isFalse();
	}

	@Test
	void aPersonWhoHasAnAccountCannotGetASecond() {
		MvcTestResult result = mvc.post()
			.uri("/admin/konton")
			.param("username", "david2")
			.param("password", GOOD_PASSWORD)
			.param("role", "MEMBER")
			.param("personId", String.valueOf(personId("David Bergström")))
			.with(users.admin())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("personId");
		assertThat(result).bodyText().contains("Personen har redan ett konto.");
		assertThat(accounts.usernameTaken("david2")).isFalse();
	}

	@Test
	void theNewAccountFormOnlyOffersPeopleWithoutAnAccount() {
		assertThat(mvc.get().uri("/admin/konton/nytt").with(users.admin())).hasStatusOk()
			.bodyText()
			.contains(">Lina Håkansson</option>")
			.doesNotContain(">David Bergström</option>");
	}

	@Test
	void editChangesRolePersonAndWhetherTheAccountMayLogIn() {
		long member = users.user("medlem").accountId();
		long rebecka = personId("Rebecka Glimsjö");
		MvcTestResult result = mvc.post()
			.uri("/admin/konton/" + member)
			.param("role", "COORDINATOR")
			.param("personId", String.valueOf(rebecka))
			.param("_enabled", "on")
			.with(users.admin())
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/admin/konton/" + member);
		AccountView changed = accounts.account(member).orElseThrow();
		assertThat(changed.role()).isEqualTo(Role.COORDINATOR);
		assertThat(changed.personId()).isEqualTo(rebecka);
		assertThat(changed.enabled()).isFalse();
	}

	@Test
	void anAdminCannotTakeAwayTheirOwnAdminRole() {
		long admin = users.user("admin").accountId();
		assertThat(mvc.post()
			.uri("/admin/konton/" + admin)
			.param("role", "MEMBER")
			.param("enabled", "true")
			.with(users.admin())
			.with(csrf())).hasStatusOk().bodyText().contains("Du kan inte ta bort din egen administratörsroll");
		assertThat(accounts.account(admin).orElseThrow().role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void aShortResetPasswordIsRefusedAndNotShownAgain() {
		long member = users.user("medlem").accountId();
		MvcTestResult result = mvc.post()
			.uri("/admin/konton/" + member + "/losenord")
			.param("newPassword", "kort12345")
			.with(users.admin())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().model().extractingBindingResult("resetForm").hasFieldErrors("newPassword");
		assertThat(result).bodyText().contains("Lösenordet måste vara minst 10 tecken.").doesNotContain("kort12345");
	}

	@Test
	void anUnknownAccountIsNotFound() {
		assertThat(mvc.get().uri("/admin/konton/999999").with(users.admin())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefused() {
		assertThat(mvc.post()
			.uri("/admin/konton")
			.param("username", "utan.token")
			.param("password", GOOD_PASSWORD)
			.param("role", "ADMIN")
			.with(users.admin())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(accounts.usernameTaken("utan.token")).isFalse();
	}

	@Override
	boolean openToCoordinators() {
		return false;
	}

	@Override
	String redirectPrefix() {
		return "/admin/konton/";
	}

	@Override
	Map<String, Long> ids() {
		return Map.of("account", users.user("medlem").accountId());
	}

	private long personId(String fullName) {
		return directory.people().stream().filter(p -> p.fullName().equals(fullName)).findFirst().orElseThrow().id();
	}

}
