package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.lending.internal.RemindersDue;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily job against PostgreSQL on the test date (Sunday 22 November 2026): which
 * loans it takes, one message per borrower and due date, once, and never about a returned
 * loan or to a wiped borrower. The messages themselves go after the commit (see
 * {@link ReminderDeliveryIntegrationTests}); here the transaction rolls back.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
@RecordApplicationEvents
class LendingRemindersIntegrationTests {

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	LendingReminders reminders;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("rq");
	}

	@Test
	void loansDueTomorrowAndThreeAndTenDaysLateAreTakenOnceAndGroupedPerBorrower() {
		long alva = f.borrower().id();
		List<Long> tomorrow = lend(alva, LocalDate.of(2026, 11, 23), "RQ-SKATES-38", "RQ-SKATES-40");
		long bo = register("Bo Ek", "0702200002");
		List<Long> threeLate = lend(bo, LocalDate.of(2026, 11, 19), "RQ-TENT-1");
		long cy = register("Cy Ek", "0702200003");
		List<Long> tenLate = lend(cy, LocalDate.of(2026, 11, 12), "RQ-HELMET-M");

		reminders.remindDue();

		assertThat(mine()).containsExactlyInAnyOrder(
				new RemindersDue(ReminderKind.BEFORE_DUE, alva, f.site().id(), LocalDate.of(2026, 11, 23), tomorrow),
				new RemindersDue(ReminderKind.OVERDUE_3, bo, f.site().id(), LocalDate.of(2026, 11, 19), threeLate),
				new RemindersDue(ReminderKind.OVERDUE_10, cy, f.otherSite().id(), LocalDate.of(2026, 11, 12), tenLate));
		assertThat(jdbc.sql("SELECT status FROM lending_reminder WHERE loan_id IN (:loans)")
			.param("loans", List.of(tomorrow.get(0), tomorrow.get(1), threeLate.get(0), tenLate.get(0)))
			.query(String.class)
			.list()).hasSize(4).containsOnly("QUEUED");

		reminders.remindDue();
		assertThat(mine()).hasSize(3);
	}

	@Test
	void aReturnedLoanAndAWipedBorrowerGetNoReminder() {
		lend(f.borrower().id(), LocalDate.of(2026, 11, 19), "RQ-SKATES-38");
		lending.takeBack("RQ-SKATES-38", Condition.GOOD, List.of(), null, f.staff());
		long bo = register("Bo Ek", "0702200002");
		lend(bo, LocalDate.of(2026, 11, 19), "RQ-TENT-1");
		// Not possible through the counter (nobody is wiped with something out), but the
		// job does not rely on it.
		jdbc.sql("UPDATE lending_borrower SET name = NULL, mobile = NULL, wiped_at = now() WHERE id = :id")
			.param("id", bo)
			.update();

		reminders.remindDue();

		assertThat(mine()).isEmpty();
	}

	@Test
	void aNewDueDateIsANewDateToRemindOf() {
		List<Long> loan = lend(f.borrower().id(), LocalDate.of(2026, 11, 23), "RQ-TENT-1");
		reminders.remindDue();
		reminders.remindDue();
		assertThat(mine()).extracting(RemindersDue::kind).containsExactly(ReminderKind.BEFORE_DUE);

		// Staff moved the due date (here to one three days ago, for the test date).
		jdbc.sql("UPDATE lending_loan SET due_on = DATE '2026-11-19' WHERE id = :id").param("id", loan.get(0)).update();
		reminders.remindDue();

		assertThat(mine()).extracting(RemindersDue::kind)
			.containsExactly(ReminderKind.BEFORE_DUE, ReminderKind.OVERDUE_3);
	}

	private List<RemindersDue> mine() {
		List<Long> borrowerIds = jdbc
			.sql("SELECT id FROM lending_borrower WHERE registered_site_id IN (:sites) OR id = :alva")
			.params(Map.of("sites", List.of(f.site().id(), f.otherSite().id()), "alva", f.borrower().id()))
			.query(Long.class)
			.list();
		return events.stream(RemindersDue.class).filter(e -> borrowerIds.contains(e.borrowerId())).toList();
	}

	private long register(String name, String mobile) {
		return borrowers.findOrRegister(name, mobile, f.site().id(), f.staff()).borrower().id();
	}

	/** Lends the items a week ago, due on the day. */
	private List<Long> lend(long borrowerId, LocalDate dueOn, String... items) {
		long site = items[0].contains("HELMET") ? f.otherSite().id() : f.site().id();
		List<Long> loans = lending.checkout(site, borrowerId, List.of(items), null, f.staff())
			.stream()
			.map(LoanView::id)
			.toList();
		jdbc.sql("UPDATE lending_loan SET due_on = :due, lent_at = lent_at - INTERVAL '7 days' WHERE id IN (:loans)")
			.params(Map.of("due", dueOn, "loans", loans))
			.update();
		return loans;
	}

}
