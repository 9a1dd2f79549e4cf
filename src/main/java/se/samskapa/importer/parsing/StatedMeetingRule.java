package se.samskapa.importer.parsing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * When the group meets, as the minutes state it ("Framöver gäller torsdagar jämna veckor
 * klockan 10:00-12:00").
 *
 * @param text the words that state it
 * @param weekday the day of the week
 * @param parity every week, or even or odd ISO weeks
 * @param start the starting time, or {@code null}
 * @param end the ending time, or {@code null}
 * @param exceptions days on which the rule does not hold
 */
public record StatedMeetingRule(String text, DayOfWeek weekday, Parity parity, LocalTime start, LocalTime end,
		List<PartialDate> exceptions) {

	public StatedMeetingRule {
		exceptions = List.copyOf(exceptions);
	}

	/** Which ISO weeks. */
	public enum Parity {

		EVERY, EVEN, ODD

	}

}
