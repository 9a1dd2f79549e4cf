package se.samskapa.lending;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Swedish mobile numbers, written any way people write them (070-123 45 67, +46 70 123 45
 * 67, 0046701234567, 46701234567), kept in one form (+46701234567, E.164) so that one
 * person is one borrower. Google's libphonenumber reads them with Sweden as the home
 * region and says whether a number is a mobile one; only Swedish mobile numbers are
 * accepted, since reminders go out by SMS.
 */
public final class MobileNumbers {

	private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

	private static final String SWEDEN = "SE";

	/** What the database's check on {@code lending_borrower.mobile} accepts. */
	private static final Pattern STORED = Pattern.compile("^\\+467[0-9]{8}$");

	/**
	 * libphonenumber reads letters as a keypad (070-ABC…); at a counter they are typos.
	 */
	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private MobileNumbers() {
	}

	/** The number as +467XXXXXXXX, or empty if it is not a Swedish mobile number. */
	public static Optional<String> normalise(String raw) {
		return parse(raw).filter(MobileNumbers::isSwedishMobile)
			.map(number -> PHONE_NUMBERS.format(number, PhoneNumberFormat.E164))
			.filter(e164 -> STORED.matcher(e164).matches());
	}

	/**
	 * Why a number was refused, as a message key: a foreign number, a Swedish number that
	 * is not a mobile one (a landline), or not a phone number at all.
	 */
	public static String refusal(String raw) {
		Optional<PhoneNumber> number = parse(raw);
		if (number.isEmpty() || !PHONE_NUMBERS.isValidNumber(number.get())) {
			return number.isPresent() && number.get().getCountryCode() != 46 ? "lending.mobile.foreign"
					: "lending.mobile.invalid";
		}
		if (number.get().getCountryCode() != 46) {
			return "lending.mobile.foreign";
		}
		return isSwedishMobile(number.get()) ? "lending.mobile.invalid" : "lending.mobile.not.mobile";
	}

	/** +46701234567 as people read it: 070-123 45 67. */
	public static String display(String normalised) {
		return parse(normalised).map(number -> PHONE_NUMBERS.format(number, PhoneNumberFormat.NATIONAL))
			.orElse(normalised);
	}

	private static boolean isSwedishMobile(PhoneNumber number) {
		return number.getCountryCode() == 46 && PHONE_NUMBERS.getNumberType(number) == PhoneNumberType.MOBILE;
	}

	private static Optional<PhoneNumber> parse(String raw) {
		if (raw == null || raw.isBlank() || LETTERS.matcher(raw).find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PHONE_NUMBERS.parse(raw.trim(), SWEDEN));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
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
