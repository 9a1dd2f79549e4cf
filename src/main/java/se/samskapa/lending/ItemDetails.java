package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item as the back office sees it: the item, its note, where it came from and what
 * happened to it. Its loans carry dates and conditions only, never the borrower.
 *
 * @param donationId the donation it came from, if it came through one
 */
public record ItemDetails(ItemView item, String note, Instant registeredAt, Long donationId, LocalDate donatedOn,
		List<Event> events, List<Loan> loans) {

	/**
	 * What happened to the item outside its loans.
	 *
	 * @param kind {@code TO_REPAIR}, {@code REPAIRED}, {@code RETIRED} or {@code EDITED}
	 */
	public record Event(String kind, Instant at, String actor, String note) {

		public String messageKey() {
			return "lending.item.event." + kind;
		}

	}

	/**
	 * One loan of the item, without the borrower.
	 *
	 * @param returnedAt {@code null} while it is out
	 */
	public record Loan(Instant lentAt, LocalDate dueOn, int renewals, Instant returnedAt, Condition returnCondition,
			List<String> missingParts, String returnNote) {
	}

}
