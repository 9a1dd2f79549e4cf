package se.samskapa.lending;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestClock;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Against PostgreSQL: which borrowers belong to which site (registered there, or lent
 * something there), the site's borrower list and its name search, and the secret links to
 * the borrowers' own data: stored as hashes, replaced, and gone with the data, whether
 * the borrower erases it or the nightly job wipes it.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class BorrowerScopeIntegrationTests {

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	BorrowerDataLinks links;

	@Autowired
	LendingPermissions permissions;

	@Autowired
	TestUsers users;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	private SamskapaUser staff;

	private SamskapaUser otherStaff;

	@BeforeEach
	void fixture() {
		f = fixtures.create("bs");
		staff = users.user(f.staff());
		otherStaff = users.user(f.otherStaff());
	}

	@Test
	void aBorrowerBelongsToTheSiteThatRegisteredThemAndToEverySiteThatLentThemSomething() {
		long alva = f.borrower().id();
		assertThat(permissions.seesBorrower(staff, alva)).isTrue();
		assertThat(permissions.seesBorrower(otherStaff, alva)).isFalse();
		assertThat(permissions.seesBorrower(users.user(f.lendingAdmin()), alva)).isTrue();
		assertThat(permissions.seesBorrower(users.user("admin"), alva)).isTrue();
		assertThat(permissions.seesBorrower(users.user("medlem"), alva)).isFalse();

		lending.checkout(f.otherSite().id(), alva, List.of("BS-HELMET-M"), null, f.otherStaff());
		assertThat(permissions.seesBorrower(otherStaff, alva)).isTrue();

		// Registered nowhere and never lent to: only lending admins see them.
		long nowhere = borrowers.findOrRegister("Ingen Plats", "0709990044", null, f.staff()).borrower().id();
		assertThat(permissions.seesBorrower(staff, nowhere)).isFalse();
		assertThat(permissions.seesBorrower(users.user(f.lendingAdmin()), nowhere)).isTrue();
	}

	@Test
	void theSitesListHasItsOwnBorrowersWithWhatTheyHaveOutThere() {
		long bo = borrowers.findOrRegister("Bo Berg", "0709990045", f.otherSite().id(), f.otherStaff()).borrower().id();
		lending.checkout(f.otherSite().id(), bo, List.of("BS-HELMET-M"), null, f.otherStaff());
		lending.checkout(f.site().id(), f.borrower().id(), List.of("BS-TENT-1", "BS-SKATES-38"), null, f.staff());

		assertThat(borrowers.borrowersOf(f.site().id(), null, 100)).singleElement().satisfies(summary -> {
			assertThat(summary.borrower().name()).isEqualTo("Alva Lind");
			assertThat(summary.openLoans()).isEqualTo(2);
			assertThat(summary.lastLent()).isNotNull();
		});
		assertThat(borrowers.borrowersOf(f.otherSite().id(), "BERG", 100)).extracting(s -> s.borrower().name())
			.containsExactly("Bo Berg");
		// The name search takes the words as they are: % and _ are no wildcards.
		assertThat(borrowers.borrowersOf(f.site().id(), "%", 100)).isEmpty();
		assertThat(borrowers.borrowersOf(f.site().id(), "_", 100)).isEmpty();
		assertThat(borrowers.borrowersOf(f.site().id(), "va li", 100)).hasSize(1);

		lending.checkout(f.site().id(), bo, List.of("BS-SKATES-40"), null, f.staff());
		assertThat(borrowers.borrowersOf(f.site().id(), null, 100)).extracting(s -> s.borrower().name())
			.containsExactly("Alva Lind", "Bo Berg");
	}

	@Test
	void onlyTheHashOfALinkIsStoredAndANewLinkReplacesTheOld() {
		String first = links.issue(f.borrower().id(), f.staff());
		String second = links.issue(f.borrower().id(), f.staff());

		assertThat(first).hasSize(43).isNotEqualTo(second);
		assertThat(jdbc.sql("SELECT token_hash FROM lending_borrower_data_link WHERE borrower_id = :id")
			.param("id", f.borrower().id())
			.query(String.class)
			.single()).hasSize(64).isNotEqualTo(second);
		assertThat(links.open(first)).isEmpty();
		assertThat(links.open(second)).hasValueSatisfying(data -> assertThat(data.name()).isEqualTo("Alva Lind"));
		assertThat(audit.entries("lending-borrower", f.borrower().id())).extracting(AuditTrail.Entry::action)
			.containsSubsequence("registered", "data-link-issued", "data-link-issued");
	}

	@Test
	void theBorrowerErasesTheirDataOnlyWhenEverythingIsBack() {
		String token = links.issue(f.borrower().id(), f.staff());
		lending.checkout(f.site().id(), f.borrower().id(), List.of("BS-TENT-1"), null, f.staff());

		RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> links.erase(token));
		assertThat(refused.messageKey()).isEqualTo("lending.borrower.has.loans");
		assertThat(links.open(token)).isPresent();

		lending.takeBack("BS-TENT-1", Condition.GOOD, List.of(), null, f.staff());
		assertThat(links.erase(token)).isTrue();
		assertThat(links.open(token)).isEmpty();
		assertThat(links.erase(token)).isFalse();
		assertThat(borrowers.borrower(f.borrower().id())).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM lending_borrower_data_link WHERE borrower_id = :id")
			.param("id", f.borrower().id())
			.query(Long.class)
			.single()).isZero();
		assertThat(audit.entries("lending-borrower", f.borrower().id()))
			.filteredOn(entry -> entry.action().equals("erased"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("borrower");
				assertThat(entry.detail()).isEqualTo("by the borrower on their data page");
			});
	}

	@Test
	void theNightlyWipeTakesTheLinkWithTheData() {
		String token = links.issue(f.borrower().id(), f.staff());
		jdbc.sql("UPDATE lending_borrower SET created_at = :long_ago WHERE id = :id")
			.param("long_ago", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
			.param("id", f.borrower().id())
			.update();

		assertThat(borrowers.wipeInactive()).isPositive();

		assertThat(links.open(token)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM lending_borrower_data_link WHERE borrower_id = :id")
			.param("id", f.borrower().id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theOwnDataPageHasEveryLoanAtEverySiteAndTheDayTheDataGoes() {
		lending.checkout(f.otherSite().id(), f.borrower().id(), List.of("BS-HELMET-M"), null, f.otherStaff());
		lending.checkout(f.site().id(), f.borrower().id(), List.of("BS-TENT-1"), null, f.staff());
		lending.takeBack("BS-TENT-1", Condition.GOOD, List.of(), null, f.staff());
		String token = links.issue(f.borrower().id(), f.staff());

		BorrowerDataLinks.OwnData data = links.open(token).orElseThrow();
		assertThat(data.maskedMobile()).isEqualTo("070-*** ** 01");
		assertThat(data.openLoans()).extracting(BorrowerDataLinks.OwnLoan::itemNumber, BorrowerDataLinks.OwnLoan::site)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BS-HELMET-M", "Fritidsbanken bs Norr"));
		assertThat(data.pastLoans()).extracting(BorrowerDataLinks.OwnLoan::itemNumber).containsExactly("BS-TENT-1");
		assertThat(data.erasedAround()).isNull();
		assertThat(data.retentionDays()).isEqualTo(90);

		lending.takeBack("BS-HELMET-M", Condition.GOOD, List.of(), null, f.otherStaff());
		assertThat(links.open(token).orElseThrow().erasedAround()).isEqualTo(TestClock.NOW.toLocalDate().plusDays(91));
	}

}
