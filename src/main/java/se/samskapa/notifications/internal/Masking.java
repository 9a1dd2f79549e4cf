package se.samskapa.notifications.internal;

import se.samskapa.notifications.Channel;

/**
 * Mobile numbers and e-mail addresses as the log may show them: enough to tell two apart
 * when helping someone on the phone, too little to reach anyone.
 */
public final class Masking {

	private Masking() {
	}

	public static String address(Channel channel, String address) {
		return channel == Channel.SMS ? mobile(address) : email(address);
	}

	/** +46701234567 becomes +46 70*** **67. */
	public static String mobile(String number) {
		if (number == null) {
			return "";
		}
		String digits = number.replaceAll("[^0-9+]", "");
		if (digits.startsWith("+46") && digits.length() >= 9) {
			return "+46 " + digits.substring(3, 5) + "*** **" + digits.substring(digits.length() - 2);
		}
		if (digits.length() >= 6) {
			return digits.substring(0, 3) + "*** **" + digits.substring(digits.length() - 2);
		}
		return "***";
	}

	/** alva.lind@example.se becomes a***@e***.se. */
	public static String email(String address) {
		if (address == null) {
			return "";
		}
		int at = address.lastIndexOf('@');
		if (at < 1 || at == address.length() - 1) {
			return "***";
		}
		String domain = address.substring(at + 1);
		int dot = domain.lastIndexOf('.');
		String tld = dot > 0 ? domain.substring(dot) : "";
		return address.charAt(0) + "***@" + domain.charAt(0) + "***" + tld;
	}

}
