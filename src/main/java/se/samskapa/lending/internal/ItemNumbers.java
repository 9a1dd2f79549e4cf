package se.samskapa.lending.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The numbers new items get: the site's series (HBG-0301 after HBG-0300), a prefix made
 * from the site's name when it has no series yet (Fritidsbanken Älmhult: ALM-0001), at
 * least four digits.
 */
public final class ItemNumbers {

	/**
	 * A number in a series: letters, a dash, digits. Numbers of other shapes are left be.
	 */
	static final Pattern SERIAL = Pattern.compile("^([A-Z]{1,8})-([0-9]{1,9})$");

	private static final int MIN_DIGITS = 4;

	private ItemNumbers() {
	}

	/**
	 * The prefix of the series most of the site's numbers belong to, if they belong to
	 * any.
	 */
	public static Optional<String> seriesOf(Collection<String> numbers) {
		Map<String, Long> prefixes = numbers.stream()
			.map(SERIAL::matcher)
			.filter(Matcher::matches)
			.map(m -> m.group(1))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return prefixes.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey);
	}

	/**
	 * Three letters from the site's name beyond "Fritidsbanken", without accents: "FB"
	 * when the name has no other letters.
	 */
	public static String prefixFor(String siteName) {
		String letters = Normalizer.normalize(siteName == null ? "" : siteName, Normalizer.Form.NFD)
			.replaceAll("(?i)fritidsbank(en)?", "")
			.replaceAll("[^A-Za-z]", "")
			.toUpperCase(Locale.ROOT);
		return letters.isEmpty() ? "FB" : letters.substring(0, Math.min(3, letters.length()));
	}

	/**
	 * The number after the highest one of the series.
	 * @param highest the highest serial in use with this prefix, or {@code null}
	 * @param digits how many digits the series writes, or {@code null}
	 */
	public static String next(String prefix, Integer highest, Integer digits) {
		int serial = highest == null ? 1 : highest + 1;
		int width = Math.max(MIN_DIGITS, digits == null ? 0 : digits);
		return prefix + "-" + String.format(Locale.ROOT, "%0" + width + "d", serial);
	}

}
