package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A borrower's reservation of an item type and size at a site: held for pickup (an item
 * is put aside until {@code holdUntil}), waiting in the queue, or ended.
 *
 * @param code the short code the borrower gets (K7MQ2X), to show at the counter or to
 * cancel with
 * @param category the top category (Vintersport)
 * @param size the size asked for, or {@code null} for a type without sizes
 * @param borrowerName {@code null} once the borrower's data is wiped
 * @param mobile normalised (+46701234567), {@code null} once wiped
 * @param waitlisted the request started in the queue because nothing was in
 * @param itemId the item held (or that was held), or {@code null} while waiting
 * @param holdUntil the last day to collect the held item (an open day of the site)
 * @param setAside staff have put the held item on the reservations shelf
 * @param loanId the loan it became, once collected
 * @param position the place in the queue (1 is next), 0 unless waiting
 */
public record ReservationView(long id, String code, long siteId, String siteSlug, String siteName, long typeId,
		String type, String category, String size, long borrowerId, String borrowerName, String mobile,
		ReservationStatus status, boolean waitlisted, Long itemId, String itemNumber, LocalDate holdUntil,
		boolean setAside, Instant createdAt, Instant readyAt, Instant closedAt, Long loanId, int position) {

	/** "Hockeyskridskor, 38": what was asked for. */
	public String description() {
		return size == null ? type : type + ", " + size;
	}

	public boolean isReady() {
		return status == ReservationStatus.READY;
	}

	public boolean isWaiting() {
		return status == ReservationStatus.WAITING;
	}

	/** 070-123 45 67, or empty once wiped. */
	public String mobileForDisplay() {
		return mobile == null ? "" : MobileNumbers.display(mobile);
	}

}
