package se.samskapa.importer.parsing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a stated meeting rule: a weekday in the plural or with "varje"/"varannan"
 * ("torsdagar", "varannan tisdag"), an ISO-week parity ("jämna veckor", "udda veckor")
 * and a time span ("klockan 10:00-12:00", "kl. 13-15"). Dates in the same section that
 * the minutes move or cancel ("Den 20 april behöver vi ändra") are its exceptions.
 */
final class MeetingRuleRecogniser {

	private static final Map<String, DayOfWeek> DAYS = Map.of("måndag", DayOfWeek.MONDAY, "tisdag", DayOfWeek.TUESDAY,
			"onsdag", DayOfWeek.WEDNESDAY, "torsdag", DayOfWeek.THURSDAY, "fredag", DayOfWeek.FRIDAY, "lördag",
			DayOfWeek.SATURDAY, "söndag", DayOfWeek.SUNDAY);

	private static final Pattern RULE = Pattern.compile("(?iu)(?:(varje|varannan|alla)\\s+)?"
			+ "(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(ar|en)?\\b"
			+ "(?:\\s+(?:i\\s+)?(jämna|udda)\\s+veckor?)?[^.]{0,30}?"
			+ "(?:kl\\.?|klockan)?\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:-|–|—|till)\\s*(\\d{1,2})(?:[:.](\\d{2}))?");

	private static final String[] WEEKDAY_ENDINGS = { "dag" };

	private static final Pattern EXCEPTION = Pattern
		.compile("(?iu)\\b(?:ändra|ändras|flytta|flyttas|ställa in|ställs in|inställt|inställd|utgår|ställer in)\\b");

	private MeetingRuleRecogniser() {
	}

	static StatedMeetingRule recognise(List<Outline.Part> parts, PartialDate meeting) {
		for (int i = 0; i < parts.size(); i++) {
			String text = parts.get(i).block().text();
			if (!Text.hasDigit(text) || !Text.containsAnyLower(parts.get(i).block().lower(), WEEKDAY_ENDINGS)) {
				continue;
			}
			Matcher m = RULE.matcher(text);
			while (m.find()) {
				boolean plural = m.group(3) != null && Text.key(m.group(3)).equals("ar");
				if (!plural && m.group(1) == null && m.group(4) == null) {
					continue;
				}
				StatedMeetingRule.Parity parity = parity(m.group(1), m.group(4));
				String start = time(m.group(5), m.group(6));
				String end = time(m.group(7), m.group(8));
				if (start == null || end == null) {
					continue;
				}
				return new StatedMeetingRule(Text.trimEnd(m.group()), DAYS.get(Text.key(m.group(2))), parity,
						java.time.LocalTime.parse(start), java.time.LocalTime.parse(end),
						exceptions(parts, i, parts.get(i).section(), meeting));
			}
		}
		return null;
	}

	private static StatedMeetingRule.Parity parity(String every, String parity) {
		if (parity != null) {
			return Text.key(parity).equals("jämna") ? StatedMeetingRule.Parity.EVEN : StatedMeetingRule.Parity.ODD;
		}
		return StatedMeetingRule.Parity.EVERY;
	}

	private static List<PartialDate> exceptions(List<Outline.Part> parts, int from, Outline.Node section,
			PartialDate meeting) {
		List<PartialDate> exceptions = new ArrayList<>();
		for (int i = from; i < parts.size() && parts.get(i).section() == section; i++) {
			for (String sentence : parts.get(i).block().sentences()) {
				if (!EXCEPTION.matcher(sentence).find()) {
					continue;
				}
				for (SwedishDates.Mention mention : SwedishDates.find(sentence)) {
					exceptions.add(Dates.inYearOf(mention.date(), meeting));
				}
			}
		}
		return exceptions;
	}

	private static String time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = (minutes != null) ? Integer.parseInt(minutes) : 0;
		return (h < 24 && m < 60) ? String.format("%02d:%02d", h, m) : null;
	}

}
