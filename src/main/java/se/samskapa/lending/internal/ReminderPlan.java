package se.samskapa.lending.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samskapa.lending.ReminderKind;

/**
 * Which reminders go out today, free of the database and the clock: for each open loan of
 * a borrower whose data is kept, the reminder whose day it is, unless it was taken
 * already for that due date. A borrower's loans at one site due the same day share one
 * message.
 */
public final class ReminderPlan {

	private ReminderPlan() {
	}

	/**
	 * @return one batch per message, in borrower order
	 */
	public static List<Batch> plan(LocalDate today, Collection<Candidate> candidates, Set<Taken> taken) {
		Map<Batch, List<Long>> batches = new LinkedHashMap<>();
		candidates.stream()
			.sorted(Comparator.comparingLong(Candidate::borrowerId)
				.thenComparingLong(Candidate::siteId)
				.thenComparing(Candidate::dueOn)
				.thenComparingLong(Candidate::loanId))
			.filter(loan -> !loan.returned() && !loan.borrowerWiped())
			.forEach(loan -> {
				for (ReminderKind kind : ReminderKind.values()) {
					if (kind.isDue(loan.dueOn(), today) && !(kind == ReminderKind.BEFORE_DUE && lentToday(loan, today))
							&& !taken.contains(new Taken(loan.loanId(), kind, loan.dueOn()))) {
						batches
							.computeIfAbsent(new Batch(kind, loan.borrowerId(), loan.siteId(), loan.dueOn(), List.of()),
									key -> new ArrayList<>())
							.add(loan.loanId());
					}
				}
			});
		return batches.entrySet()
			.stream()
			.map(entry -> new Batch(entry.getKey().kind(), entry.getKey().borrowerId(), entry.getKey().siteId(),
					entry.getKey().dueOn(), List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * A loan made today needs no reminder that it is due tomorrow: the receipt said so.
	 */
	private static boolean lentToday(Candidate loan, LocalDate today) {
		return !loan.lentOn().isBefore(today);
	}

	/**
	 * A loan that may be due a reminder.
	 *
	 * @param lentOn the day it was lent, in Stockholm
	 * @param borrowerWiped the borrower's name and number are wiped: nobody to remind
	 */
	public record Candidate(long loanId, long borrowerId, long siteId, LocalDate dueOn, LocalDate lentOn,
			boolean returned, boolean borrowerWiped) {
	}

	/** A reminder already taken by an earlier run (sent, failed or on its way). */
	public record Taken(long loanId, ReminderKind kind, LocalDate dueOn) {
	}

	/** One message: a reminder of one kind about a borrower's loans at one site. */
	public record Batch(ReminderKind kind, long borrowerId, long siteId, LocalDate dueOn, List<Long> loanIds) {
	}

}
