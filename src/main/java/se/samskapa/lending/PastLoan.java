package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan that happened before it was written into Samskapa, for {@link LendingHistory}.
 *
 * @param itemNumber the item's number at the site
 * @param dueOn the due date when it was lent, before any renewal
 * @param renewals in the order they were made
 * @param returnedAt when it came back, or {@code null} if it is still out
 * @param returnCondition how it came back; {@code null} if it is still out
 */
public record PastLoan(String itemNumber, long borrowerId, Instant lentAt, LocalDate dueOn, List<Renewal> renewals,
		Instant returnedAt, Condition returnCondition) {

	public PastLoan {
		renewals = renewals == null ? List.of() : List.copyOf(renewals);
	}

	/** The due date after the last renewal. */
	public LocalDate finalDue() {
		return renewals.isEmpty() ? dueOn : renewals.get(renewals.size() - 1).newDue();
	}

	/**
	 * @param newDue the due date the renewal gave
	 */
	public record Renewal(Instant renewedAt, LocalDate newDue) {
	}

}
