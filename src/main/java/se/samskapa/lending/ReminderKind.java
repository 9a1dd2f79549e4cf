package se.samskapa.lending;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The reminders a borrower gets about a loan, each once per due date: the day before it
 * is due, and at 3 and at 10 days overdue. Never with a fee.
 */
public enum ReminderKind {

	/** The day before the due date. */
	BEFORE_DUE(-1, -1),

	/** Three days overdue; still sent up to two days later if the job did not run. */
	OVERDUE_3(3, 5),

	/** Ten days overdue; still sent up to two days later if the job did not run. */
	OVERDUE_10(10, 12);

	private final int firstDay;

	private final int lastDay;

	ReminderKind(int firstDay, int lastDay) {
		this.firstDay = firstDay;
		this.lastDay = lastDay;
	}

	/** Whether this reminder is due today for a loan due on that day. */
	public boolean isDue(LocalDate dueOn, LocalDate today) {
		long daysOverdue = ChronoUnit.DAYS.between(dueOn, today);
		return daysOverdue >= firstDay && daysOverdue <= lastDay;
	}

	/** The earliest due date a reminder of any kind may be about today. */
	public static LocalDate earliestDueDate(LocalDate today) {
		return today.minusDays(OVERDUE_10.lastDay);
	}

	/** The latest due date a reminder of any kind may be about today. */
	public static LocalDate latestDueDate(LocalDate today) {
		return today.minusDays(BEFORE_DUE.firstDay);
	}

}
