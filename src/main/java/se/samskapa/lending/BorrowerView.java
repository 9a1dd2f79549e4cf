package se.samskapa.lending;

/**
 * Someone who borrows: a name and a Swedish mobile number, and an e-mail address if they
 * want reminders that way too. Nothing more.
 *
 * @param mobile normalised, +46701234567
 * @param email or {@code null}
 */
public record BorrowerView(long id, String name, String mobile, String email) {

	/** 070-123 45 67. */
	public String mobileForDisplay() {
		return MobileNumbers.display(mobile);
	}

}
