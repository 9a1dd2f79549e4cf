package se.samskapa.lending;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A borrower's name, number and e-mail address are kept 90 days after their last return,
 * then wiped; their pseudonym stays for the statistics. A borrower may ask to be erased
 * sooner, but not while something is out.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class BorrowerRetentionIntegrationTests {

	private static final Instant NOW = TestClock.NOW.atZone(TestClock.STOCKHOLM).toInstant();

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("rp");
	}

	@Test
	void nameAndNumberAreWipedNinetyDaysAfterTheLastReturnAndThePseudonymStays() {
		long returned91DaysAgo = f.borrower().id();
		borrowers.changeEmail(returned91DaysAgo, "alva.lind@example.se", "rp-disk");
		lendAndReturn(returned91DaysAgo, "RP-SKATES-38", 91);
		long returned89DaysAgo = register("Bo Ek", "0702000002");
		lendAndReturn(returned89DaysAgo, "RP-SKATES-40", 89);
		long stillBorrowing = register("Cy Holm", "0702000003");
		lending.checkout(f.site().id(), stillBorrowing, List.of("RP-TENT-1"), null, "rp-disk");
		ago("UPDATE lending_loan SET lent_at = :at WHERE borrower_id = " + stillBorrowing, 200);
		long registeredLongAgo = register("Di Lund", "0702000004");
		ago("UPDATE lending_borrower SET created_at = :at WHERE id = " + registeredLongAgo, 100);
		long registeredToday = register("Ed Berg", "0702000005");
		Object pseudonym = row(returned91DaysAgo).get("pseudonym");

		assertThat(borrowers.wipeInactive()).isEqualTo(2);

		assertThat(borrowers.borrower(returned91DaysAgo)).isEmpty();
		assertThat(borrowers.borrower(registeredLongAgo)).isEmpty();
		assertThat(borrowers.borrower(returned89DaysAgo)).isPresent();
		assertThat(borrowers.borrower(stillBorrowing)).isPresent();
		assertThat(borrowers.borrower(registeredToday)).isPresent();
		Map<String, Object> wiped = row(returned91DaysAgo);
		assertThat(wiped.get("name")).isNull();
		assertThat(wiped.get("mobile")).isNull();
		assertThat(wiped.get("email")).isNull();
		assertThat(wiped.get("pseudonym")).isEqualTo(pseudonym);
		assertThat(audit.entries("lending-borrower", returned91DaysAgo)).extracting(AuditTrail.Entry::action)
			.containsExactly("registered", "email-changed", "wiped");
		// The loan history stays, counted under the pseudonym.
		assertThat(jdbc.sql("SELECT count(*) FROM lending_loan WHERE borrower_id = :id")
			.param("id", returned91DaysAgo)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aWipedBorrowerWhoComesBackIsANewBorrower() {
		lendAndReturn(f.borrower().id(), "RP-SKATES-38", 120);
		borrowers.wipeInactive();

		assertThat(borrowers.findByMobile("070-100 00 01")).isEmpty();
		BorrowerManagement.Registration again = borrowers.findOrRegister("Alva Lind", "070-100 00 01", null, "rp-disk");
		assertThat(again.created()).isTrue();
		assertThat(again.borrower().id()).isNotEqualTo(f.borrower().id());
	}

	@Test
	void aBorrowerIsErasedOnRequestButNotWhileSomethingIsOut() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RP-TENT-1"), null, "rp-disk");
		RuleViolation refused = catchThrowableOfType(RuleViolation.class,
				() -> borrowers.erase(f.borrower().id(), "rp-disk"));
		assertThat(refused.messageKey()).isEqualTo("lending.borrower.has.loans");

		long other = borrowers.findOrRegister("Ed Berg", "0702000005", "ed.berg@example.se", f.site().id(), "rp-disk")
			.borrower()
			.id();
		assertThat(row(other).get("email")).isEqualTo("ed.berg@example.se");
		borrowers.erase(other, "rp-disk");
		assertThat(borrowers.borrower(other)).isEmpty();
		assertThat(row(other).get("mobile")).isNull();
		assertThat(row(other).get("email")).isNull();
		assertThat(audit.entries("lending-borrower", other)).extracting(AuditTrail.Entry::action)
			.containsExactly("registered", "erased");
		// The audit trail never held the address.
		assertThat(jdbc
			.sql("SELECT count(*) FROM shared_audit_event WHERE subject = 'lending-borrower' AND detail LIKE '%@%'")
			.query(Long.class)
			.single()).isZero();
	}

	private long register(String name, String mobile) {
		return borrowers.findOrRegister(name, mobile, f.site().id(), "rp-disk").borrower().id();
	}

	private void lendAndReturn(long borrowerId, String item, int daysAgo) {
		long loan = lending.checkout(f.site().id(), borrowerId, List.of(item), null, "rp-disk").get(0).id();
		lending.takeBack(item, Condition.GOOD, List.of(), null, "rp-disk");
		ago("UPDATE lending_loan SET lent_at = CAST(:at AS TIMESTAMPTZ) - INTERVAL '14 days', returned_at = :at WHERE id = "
				+ loan, daysAgo);
	}

	private void ago(String sql, int days) {
		jdbc.sql(sql).param("at", Timestamp.from(NOW.minus(Duration.ofDays(days)))).update();
	}

	private Map<String, Object> row(long borrowerId) {
		return jdbc.sql("SELECT name, mobile, email, pseudonym FROM lending_borrower WHERE id = :id")
			.param("id", borrowerId)
			.query()
			.singleRow();
	}

}
