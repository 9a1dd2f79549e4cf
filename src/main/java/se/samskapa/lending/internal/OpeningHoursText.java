package se.samskapa.lending.internal;

import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.samskapa.lending.OpeningHours;
import se.samskapa.shared.Dates;

/**
 * Opening hours in a sentence, as a text message says them: "tisdag-fredag 12-18 och
 * lördag 10-14". Days in a row with the same hours are one span. A hyphen and not a dash:
 * one character outside the GSM alphabet makes every part of an SMS less than half as
 * long (70 characters instead of 160), and the message two or three times as many parts.
 */
final class OpeningHoursText {

	private OpeningHoursText() {
	}

	/** The hours in words, or an empty string when the site has none. */
	static String of(List<OpeningHours> hours) {
		List<OpeningHours> week = hours.stream().sorted(Comparator.comparing(OpeningHours::day)).toList();
		List<String> spans = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= week.size(); i++) {
			if (i == week.size() || !continues(week.get(i - 1), week.get(i))) {
				spans.add(span(week.get(start), week.get(i - 1)));
				start = i;
			}
		}
		return Words.list(spans);
	}

	private static boolean continues(OpeningHours previous, OpeningHours next) {
		return next.day().getValue() == previous.day().getValue() + 1 && next.opens().equals(previous.opens())
				&& next.closes().equals(previous.closes());
	}

	private static String span(OpeningHours first, OpeningHours last) {
		String days = first.day() == last.day() ? day(first) : day(first) + "-" + day(last);
		return days + " " + time(first.opens()) + "-" + time(first.closes());
	}

	private static String day(OpeningHours hours) {
		return hours.day().getDisplayName(TextStyle.FULL, Dates.SWEDISH);
	}

	/** 12 for 12.00, 12.30 for 12.30. */
	private static String time(LocalTime time) {
		return time.getMinute() == 0 ? String.valueOf(time.getHour())
				: time.getHour() + "." + String.format("%02d", time.getMinute());
	}

	/** Lists the Swedish way: "a, b och c". */
	static final class Words {

		private Words() {
		}

		static String list(List<String> words) {
			if (words.isEmpty()) {
				return "";
			}
			if (words.size() == 1) {
				return words.get(0);
			}
			return String.join(", ", words.subList(0, words.size() - 1)) + " och " + words.get(words.size() - 1);
		}

	}

}
