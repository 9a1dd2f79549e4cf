package se.samskapa.lending;

/**
 * Someone who borrows: a name and a Swedish mobile number, nothing more.
 *
 * @param mobile normalised, +46701234567
 */
public record BorrowerView(long id, String name, String mobile) {

	/** 070-123 45 67. */
	public String mobileForDisplay() {
		return MobileNumbers.display(mobile);
	}

}
