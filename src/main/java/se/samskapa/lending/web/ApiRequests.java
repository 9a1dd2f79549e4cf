package se.samskapa.lending.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import se.samskapa.lending.Condition;

/** The JSON bodies the lending API accepts. */
final class ApiRequests {

	private ApiRequests() {
	}

	/**
	 * Find the borrower with this mobile number, or register them with this name (and
	 * e-mail address, if they want reminders that way too).
	 */
	record Borrower(String name, String mobile, String email, Long siteId) {
	}

	/** The e-mail address reminders also go to; empty or none removes it. */
	record Email(String email) {
	}

	/**
	 * @param items the scanned numbers or barcode values
	 * @param dueOn staff's own due date, or none for the site's rule
	 * @param smsReceipt send the receipt by SMS too (when an SMS gateway is configured)
	 */
	record Checkout(@NotNull(message = "{lending.api.field.required}") Long borrowerId,
			@NotEmpty(message = "{lending.checkout.no.items}") List<String> items, LocalDate dueOn,
			Boolean smsReceipt) {
	}

	record Return(@NotNull(message = "{lending.api.field.required}") String item,
			@NotNull(message = "{lending.return.condition.required}") Condition condition, List<String> missingParts,
			String note) {
	}

	record Renewal(LocalDate dueOn) {
	}

	record Due(@NotNull(message = "{lending.due.required}") LocalDate dueOn) {
	}

	record Site(String name, String address, Integer loanDays) {
	}

	record ClosedDay(@NotNull(message = "{lending.api.field.required}") LocalDate day, String reason) {
	}

	/**
	 * A donated item: its type by category, sub-category and name (created the first time
	 * they are used).
	 */
	record Item(String category, String subCategory, String type, String number, String barcode, String size,
			Condition condition, List<String> parts) {
	}

	/**
	 * @param size the size, or none for a type without sizes
	 * @param waitlist join the queue when none is in
	 */
	record Reservation(@NotNull(message = "{lending.api.field.required}") Long borrowerId,
			@NotNull(message = "{lending.api.field.required}") Long typeId, String size, Boolean waitlist) {
	}

	/**
	 * @param item the item scanned, or none for the one held
	 */
	record Pickup(String item) {
	}

	record HoldDays(@NotNull(message = "{lending.api.field.required}") Integer holdDays) {
	}

}
