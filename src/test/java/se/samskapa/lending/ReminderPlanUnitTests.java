package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samskapa.lending.internal.ReminderPlan;
import se.samskapa.lending.internal.ReminderPlan.Batch;
import se.samskapa.lending.internal.ReminderPlan.Candidate;
import se.samskapa.lending.internal.ReminderPlan.Taken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which reminders go today: the day before the due date, at 3 and at 10 days overdue,
 * each once per loan and due date, never about a returned loan or to a wiped borrower, a
 * borrower's loans due the same day in one message.
 */
class ReminderPlanUnitTests {

	/** Sunday 22 November 2026. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final LocalDate LAST_WEEK = TODAY.minusDays(20);

	@Test
	void theDayBeforeTheDueDateAndAtThreeAndTenDaysOverdue() {
		List<Batch> plan = ReminderPlan.plan(TODAY, List.of(loan(1, 100, TODAY.plusDays(1)),
				loan(2, 101, TODAY.minusDays(3)), loan(3, 102, TODAY.minusDays(10)), loan(4, 103, TODAY)), Set.of());

		assertThat(plan).containsExactly(new Batch(ReminderKind.BEFORE_DUE, 100, 1, TODAY.plusDays(1), List.of(1L)),
				new Batch(ReminderKind.OVERDUE_3, 101, 1, TODAY.minusDays(3), List.of(2L)),
				new Batch(ReminderKind.OVERDUE_10, 102, 1, TODAY.minusDays(10), List.of(3L)));
	}

	@Test
	void noReminderOnOtherDays() {
		for (int daysOverdue : new int[] { -14, -2, 0, 1, 2, 6, 9, 13, 30 }) {
			assertThat(ReminderPlan.plan(TODAY, List.of(loan(1, 100, TODAY.minusDays(daysOverdue))), Set.of()))
				.as("%d days overdue", daysOverdue)
				.isEmpty();
		}
	}

	@Test
	void anOverdueReminderMissedOnItsDayStillGoesUpToTwoDaysLater() {
		assertThat(ReminderPlan.plan(TODAY, List.of(loan(1, 100, TODAY.minusDays(5))), Set.of()))
			.extracting(Batch::kind)
			.containsExactly(ReminderKind.OVERDUE_3);
		assertThat(ReminderPlan.plan(TODAY, List.of(loan(1, 100, TODAY.minusDays(12))), Set.of()))
			.extracting(Batch::kind)
			.containsExactly(ReminderKind.OVERDUE_10);
	}

	@Test
	void aReminderTakenAlreadyIsNotSentTwice() {
		LocalDate due = TODAY.minusDays(4);
		Set<Taken> taken = Set.of(new Taken(1, ReminderKind.OVERDUE_3, due));

		assertThat(ReminderPlan.plan(TODAY, List.of(loan(1, 100, due)), taken)).isEmpty();
		// The same kind about another due date (the loan was renewed since) is new.
		assertThat(ReminderPlan.plan(TODAY, List.of(loan(1, 100, TODAY.minusDays(3))), taken)).hasSize(1);
	}

	@Test
	void notAboutAReturnedLoan() {
		Candidate returned = new Candidate(1, 100, 1, TODAY.plusDays(1), LAST_WEEK, true, false);
		assertThat(ReminderPlan.plan(TODAY, List.of(returned), Set.of())).isEmpty();
	}

	@Test
	void notToABorrowerWhoseDataIsWiped() {
		Candidate wiped = new Candidate(1, 100, 1, TODAY.minusDays(3), LAST_WEEK, false, true);
		assertThat(ReminderPlan.plan(TODAY, List.of(wiped), Set.of())).isEmpty();
	}

	@Test
	void notTheDayBeforeForALoanMadeToday() {
		Candidate lentToday = new Candidate(1, 100, 1, TODAY.plusDays(1), TODAY, false, false);
		assertThat(ReminderPlan.plan(TODAY, List.of(lentToday), Set.of())).isEmpty();
	}

	@Test
	void aBorrowersLoansDueTheSameDayAtOneSiteAreOneMessage() {
		LocalDate due = TODAY.minusDays(3);
		List<Batch> plan = ReminderPlan.plan(TODAY,
				List.of(loan(7, 100, due), loan(3, 100, due), loan(5, 100, TODAY.minusDays(10)), loan(4, 200, due),
						new Candidate(6, 100, 2, due, LAST_WEEK, false, false)),
				Set.of());

		assertThat(plan).containsExactly(new Batch(ReminderKind.OVERDUE_10, 100, 1, TODAY.minusDays(10), List.of(5L)),
				new Batch(ReminderKind.OVERDUE_3, 100, 1, due, List.of(3L, 7L)),
				new Batch(ReminderKind.OVERDUE_3, 100, 2, due, List.of(6L)),
				new Batch(ReminderKind.OVERDUE_3, 200, 1, due, List.of(4L)));
	}

	private static Candidate loan(long loanId, long borrowerId, LocalDate dueOn) {
		return new Candidate(loanId, borrowerId, 1, dueOn, LAST_WEEK, false, false);
	}

}
