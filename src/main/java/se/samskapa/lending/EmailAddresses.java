package se.samskapa.lending;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The e-mail address a borrower may give for reminders: checked for its shape only
 * (something@domain.tld, no spaces), the domain in lower case. Whether it reaches anyone
 * shows when the first reminder goes.
 */
public final class EmailAddresses {

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int LONGEST = 254;

	private EmailAddresses() {
	}

	/** The address, or empty if it does not look like one. */
	public static Optional<String> normalise(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String address = raw.trim();
		if (address.length() > LONGEST || !SHAPE.matcher(address).matches()) {
			return Optional.empty();
		}
		int at = address.lastIndexOf('@');
		return Optional.of(address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT));
	}

}
