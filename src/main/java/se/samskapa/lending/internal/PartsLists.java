package se.samskapa.lending.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parts list as staff type it: one part a line or separated by commas ("tältduk,
 * stänger, pinnar"), each part once, in the order written, first letter capitalised.
 */
public final class PartsLists {

	private static final Pattern SEPARATOR = Pattern.compile("[\\r\\n,;]+");

	/** More parts than a stove or a tent has: a list this long is a mistake. */
	public static final int MAX_PARTS = 20;

	private PartsLists() {
	}

	public static List<String> parse(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : SEPARATOR.split(text)) {
			String clean = part.strip().replaceAll("\\s+", " ");
			if (!clean.isEmpty()) {
				parts.putIfAbsent(clean.toLowerCase(Locale.ROOT), capitalised(clean));
			}
		}
		return List.copyOf(parts.values());
	}

	/** The list as the form shows it again: one part a line. */
	public static String format(List<String> parts) {
		return String.join("\n", parts);
	}

	/** The same list, each part once, blank ones dropped. */
	public static List<String> clean(List<String> parts) {
		return parts == null ? List.of() : parse(String.join("\n", parts));
	}

	private static String capitalised(String part) {
		return part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
	}

}
