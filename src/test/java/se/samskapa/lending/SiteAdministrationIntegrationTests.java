package se.samskapa.lending;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AccountView;
import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Running the sites against PostgreSQL: changing a site keeps its address on the web,
 * closed days come and go, accounts are found for appointing, lending admins are
 * appointed and removed, and every change is in the audit trail.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class SiteAdministrationIntegrationTests {

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	LendingPermissions permissions;

	@Autowired
	TestUsers users;

	@Autowired
	AuditTrail audit;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("sa");
	}

	@Test
	void aSiteIsRenamedWithoutMovingAndTheChangeIsRecorded() {
		SiteView site = catalogue.updateSite(f.site().id(), " Fritidsbanken Söder ", "", 28, "sa-fbadmin");

		assertThat(site.name()).isEqualTo("Fritidsbanken Söder");
		assertThat(site.address()).isNull();
		assertThat(site.slug()).isEqualTo(f.site().slug());
		assertThat(site.loanDays()).isEqualTo(28);
		assertThat(audit.entries("lending-site", site.id())).last().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("sa-fbadmin");
			assertThat(entry.detail()).isEqualTo("Fritidsbanken sa Centrum -> Fritidsbanken Söder, 14 -> 28 days");
		});
		InvalidInput tooLong = catchThrowableOfType(InvalidInput.class,
				() -> catalogue.updateSite(f.site().id(), "x".repeat(101), null, 14, "sa-fbadmin"));
		assertThat(tooLong.field()).isEqualTo("name");
	}

	@Test
	void theAddressesOfOtherPagesAreNeverASitesAddress() {
		assertThat(catalogue.createSite("Admin", null, null, "test").slug()).isEqualTo("admin-2");
		assertThat(catalogue.createSite("Mina uppgifter", null, null, "test").slug()).isEqualTo("mina-uppgifter-2");
	}

	@Test
	void aClosedDayIsRemovedAndTheDueDateFollows() {
		LocalDate training = LocalDate.of(2026, 12, 8);
		catalogue.removeClosedDay(f.site().id(), training, "sa-fbadmin");
		catalogue.removeClosedDay(f.site().id(), training, "sa-fbadmin");

		assertThat(catalogue.closedDays(f.site().id(), LocalDate.of(2026, 11, 22))).isEmpty();
		assertThat(catalogue.requireSite(f.site().id()).calendar().dueDate(LocalDate.of(2026, 11, 22), 14))
			.isEqualTo(training);
		assertThat(audit.entries("lending-site", f.site().id()))
			.filteredOn(entry -> entry.action().equals("closed-day-removed"))
			.hasSize(1);
	}

	@Test
	void accountsAreFoundByEveryWordOfNameOrUsername() {
		assertThat(permissions.searchAccounts("herbert TINZ", 10)).extracting(AccountView::username)
			.containsExactly("medlem");
		assertThat(permissions.searchAccounts("sa-", 10)).extracting(AccountView::username)
			.containsExactlyInAnyOrder("sa-disk", "sa-norr", "sa-fbadmin");
		assertThat(permissions.searchAccounts("  ", 10)).isEmpty();
		assertThat(permissions.searchAccounts("sa-", 2)).hasSize(2);
	}

	@Test
	void lendingAdminsAreAppointedAndRemovedButAdministratorsStayAdmins() {
		long member = users.user("medlem").accountId();
		permissions.appointAdmin(member, "admin");
		assertThat(permissions.appointedAdmins()).extracting(AccountView::username).contains("medlem", "sa-fbadmin");

		permissions.revokeAdmin(member, "admin");
		permissions.revokeAdmin(users.user("admin").accountId(), "admin");

		assertThat(permissions.isAdmin(users.user("medlem"))).isFalse();
		assertThat(permissions.isAdmin(users.user("admin"))).isTrue();
		assertThat(permissions.administrators()).extracting(AccountView::username).contains("admin");
		assertThat(audit.entries("lending-admin", member)).extracting(AuditTrail.Entry::action)
			.containsExactly("appointed", "revoked");
		assertThat(audit.entries("lending-admin", users.user("admin").accountId())).isEmpty();
	}

	@Test
	void staffAreListedBySite() {
		assertThat(permissions.staffOf(f.site().id())).extracting(AccountView::username).containsExactly("sa-disk");
		assertThat(permissions.staffOf(f.otherSite().id())).extracting(AccountView::username)
			.containsExactly("sa-norr");
	}

}
