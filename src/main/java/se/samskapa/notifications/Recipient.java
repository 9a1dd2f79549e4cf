package se.samskapa.notifications;

/**
 * Who a message goes to: a mobile number, an e-mail address, or both.
 *
 * @param mobile in E.164 form (+46701234567), or {@code null}
 * @param email an e-mail address, or {@code null}
 */
public record Recipient(String mobile, String email) {

	public Recipient {
		mobile = blankToNull(mobile);
		email = blankToNull(email);
		if (mobile == null && email == null) {
			throw new IllegalArgumentException("A recipient needs a mobile number or an e-mail address");
		}
	}

	public static Recipient mobile(String mobile) {
		return new Recipient(mobile, null);
	}

	/** The address on the channel, or {@code null} if the recipient has none there. */
	public String address(Channel channel) {
		return channel == Channel.SMS ? mobile : email;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
