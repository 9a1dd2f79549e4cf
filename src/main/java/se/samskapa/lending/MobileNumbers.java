package se.samskapa.lending;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Swedish mobile numbers, written any way people write them (070-123 45 67, +46 70 123 45
 * 67, 0046701234567), kept in one form (+46701234567) so that one person is one borrower.
 * Written by hand: libphonenumber would be the library for the whole world, but Swedish
 * mobile numbers are one fixed shape (07X and eight digits) and that library is not
 * available to this build.
 */
public final class MobileNumbers {

	/** 070, 072, 073, 076 and 079 are the personal mobile series. */
	private static final Pattern NATIONAL = Pattern.compile("07[02369][0-9]{7}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./()]");

	private MobileNumbers() {
	}

	/** The number as +467XXXXXXXX, or empty if it is not a Swedish mobile number. */
	public static Optional<String> normalise(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(raw.trim().replace("(0)", "")).replaceAll("");
		if (digits.startsWith("+46")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("0046")) {
			digits = "0" + digits.substring(4);
		}
		return NATIONAL.matcher(digits).matches() ? Optional.of("+46" + digits.substring(1)) : Optional.empty();
	}

	/** +46701234567 as people read it: 070-123 45 67. */
	public static String display(String normalised) {
		String national = "0" + normalised.substring(3);
		return national.substring(0, 3) + "-" + national.substring(3, 6) + " " + national.substring(6, 8) + " "
				+ national.substring(8);
	}

	/**
	 * +46701234567 with only its start and its last two digits shown: 070-*** ** 67, for
	 * a page that must not give the whole number away.
	 */
	public static String masked(String normalised) {
		String national = "0" + normalised.substring(3);
		return national.substring(0, 3) + "-*** ** " + national.substring(8);
	}

}
