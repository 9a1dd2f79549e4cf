package se.samskapa.importer.parsing;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and times the ways Swedish minutes write them: "7 mars 2016", "20
 * februari", "1-2 juni", "17:e maj", "2020-05-08", "20201124", "15/3", "8.5.2020", and in
 * a title also "24-10-21" (year first, as Swedish short dates go).
 */
final class SwedishDates {

	static final String MONTH_NAMES = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
			+ "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec";

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("maj", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

	private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");

	private static final Pattern SHORT = Pattern.compile("(?<![\\d-])(\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])");

	private static final Pattern WRITTEN = Pattern
		.compile("(?<![\\d.,])(\\d{1,2})(?::[ae])?" + "(?:\\s*(?:-|–|—|och|till)\\s*(\\d{1,2})(?::[ae])?)?\\s+("
				+ MONTH_NAMES + ")\\b\\.?(?:\\s+(\\d{4})(?!\\d))?");

	private static final Pattern SLASH = Pattern
		.compile("(?<![\\d/.,:])(\\d{1,2})/(\\d{1,2})(?:[ -](\\d{4}))?(?![\\d/]|\\s*(?:st|kr|%|procent))");

	private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

	private static final Pattern TIME_RANGE = Pattern.compile("(?:kl\\.?|klockan)?\\s*(\\d{1,2})[:.](\\d{2})"
			+ "(?:\\s*(?:-|–|—|till)\\s*(\\d{1,2})[:.](\\d{2}))?|(?:kl\\.?|klockan)\\s*(\\d{1,2})\\s*(?:-|–)\\s*(\\d{1,2})(?![\\d:.])");

	private SwedishDates() {
	}

	/**
	 * A date found in text.
	 *
	 * @param start where it begins
	 * @param end where it ends
	 * @param date the (first) day
	 * @param until the last day of a span ("1-2 juni"), or {@code null}
	 */
	record Mention(int start, int end, PartialDate date, PartialDate until) {
	}

	/**
	 * A time or span of time.
	 *
	 * @param start where it begins in the text
	 * @param from the starting time
	 * @param to the ending time, or {@code null}
	 */
	record Times(int start, LocalTime from, LocalTime to) {
	}

	static List<Mention> find(String text) {
		return find(text, false);
	}

	/** Every date in the text, in order; {@code shortYears} allows "24-10-21". */
	static List<Mention> find(String text, boolean shortYears) {
		List<Mention> found = new ArrayList<>();
		if (!containsDigit(text)) {
			return found;
		}
		boolean dash = text.indexOf('-') >= 0;
		if (dash) {
			numeric(found, ISO.matcher(text), 1, 2, 3, 0);
		}
		if (digitRun(text) >= 8) {
			numeric(found, COMPACT.matcher(text), 1, 2, 3, 0);
		}
		if (shortYears && dash) {
			numeric(found, SHORT.matcher(text), 1, 2, 3, 2000);
		}
		if (text.indexOf('.') >= 0) {
			numeric(found, DOTTED.matcher(text), 3, 2, 1, 0);
		}
		written(found, text);
		Matcher slash = SLASH.matcher((text.indexOf('/') >= 0) ? text : "");
		while (slash.find()) {
			Integer year = (slash.group(3) != null) ? Integer.valueOf(slash.group(3)) : null;
			addIfValid(found, slash.start(), slash.end(), year, slash.group(2), slash.group(1), null);
		}
		found.sort(Comparator.comparingInt(Mention::start));
		List<Mention> distinct = new ArrayList<>();
		for (Mention mention : found) {
			if (distinct.isEmpty() || mention.start() >= distinct.get(distinct.size() - 1).end()) {
				distinct.add(mention);
			}
		}
		return distinct;
	}

	private static void numeric(List<Mention> found, Matcher m, int y, int mo, int d, int century) {
		while (m.find()) {
			addIfValid(found, m.start(), m.end(), Integer.parseInt(m.group(y)) + century, m.group(mo), m.group(d),
					null);
		}
	}

	private static void written(List<Mention> found, String text) {
		// Month names in lower case, so that the pattern can be case-sensitive (much
		// faster).
		String lower = text.toLowerCase(Text.SWEDISH);
		Matcher m = WRITTEN.matcher((lower.length() == text.length()) ? lower : text);
		while (m.find()) {
			Integer month = month(m.group(3));
			Integer year = (m.group(4) != null) ? Integer.valueOf(m.group(4)) : null;
			PartialDate first = PartialDate.ofValid(year, month, Integer.parseInt(m.group(1)));
			if (first == null) {
				continue;
			}
			PartialDate last = (m.group(2) != null) ? PartialDate.ofValid(year, month, Integer.parseInt(m.group(2)))
					: null;
			found.add(new Mention(m.start(), m.end(), first, last));
		}
	}

	private static void addIfValid(List<Mention> found, int start, int end, Integer year, String month, String day,
			PartialDate until) {
		PartialDate date = PartialDate.ofValid(year, Integer.parseInt(month), Integer.parseInt(day));
		if (date != null) {
			found.add(new Mention(start, end, date, until));
		}
	}

	static Integer month(String name) {
		String key = Text.key(name);
		return (key.length() < 3) ? null : MONTHS.get(key.substring(0, 3));
	}

	/**
	 * The first time or span of time in {@code text} from {@code from} on, or
	 * {@code null}.
	 */
	static Times timesAfter(String text, int from) {
		Matcher m = TIME_RANGE.matcher(text);
		if (!m.find(from)) {
			return null;
		}
		if (m.group(5) != null) {
			return times(m.start(), m.group(5), "00", m.group(6), "00");
		}
		return times(m.start(), m.group(1), m.group(2), m.group(3), m.group(4));
	}

	private static Times times(int start, String h1, String m1, String h2, String m2) {
		LocalTime from = time(h1, m1);
		if (from == null) {
			return null;
		}
		return new Times(start, from, (h2 != null) ? time(h2, m2) : null);
	}

	private static LocalTime time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		return (h < 24 && m < 60) ? LocalTime.of(h, m) : null;
	}

	/** The longest run of digits in the text. */
	static int digitRun(String text) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	private static boolean containsDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
