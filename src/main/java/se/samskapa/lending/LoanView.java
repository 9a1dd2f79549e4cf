package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.samskapa.shared.Dates;

/**
 * A loan of one item to one borrower. Renewals extend it and are counted apart: a renewed
 * loan is still one loan.
 *
 * @param dueOverridden staff set the due date by hand
 * @param returnCondition how the item came back, or {@code null} while it is out
 */
public record LoanView(long id, long itemId, String itemNumber, String item, long borrowerId, long siteId,
		Instant lentAt, LocalDate dueOn, boolean dueOverridden, int renewals, Instant returnedAt,
		Condition returnCondition, List<String> missingParts, String returnNote) {

	public boolean isOpen() {
		return returnedAt == null;
	}

	/** The day it was lent, in Sweden. */
	public LocalDate lentOn() {
		return lentAt.atZone(Dates.ZONE).toLocalDate();
	}

	/** The day it came back, in Sweden, or {@code null} while it is out. */
	public LocalDate returnedOn() {
		return returnedAt == null ? null : returnedAt.atZone(Dates.ZONE).toLocalDate();
	}

}
