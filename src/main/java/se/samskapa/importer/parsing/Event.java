package se.samskapa.importer.parsing;

import java.time.LocalTime;

/**
 * Something that happens on a day after the meeting: a conference, a workshop, the next
 * meeting.
 *
 * @param what a short description
 * @param date the day
 * @param until the last day of a span ("1-2 juni"), or {@code null}
 * @param start the starting time, or {@code null}
 * @param end the ending time, or {@code null}
 * @param place the place, or {@code null}
 * @param section the title of the section it stands in, or {@code null}
 */
public record Event(String what, PartialDate date, PartialDate until, LocalTime start, LocalTime end, String place,
		String section) {

	/**
	 * ISO 8601 as the expected files write it: {@code --10-12T13:00/16:30},
	 * {@code --06-01/--06-02}, {@code 2016-05-16}.
	 */
	public String when() {
		StringBuilder when = new StringBuilder(this.date.iso());
		if (this.until != null) {
			when.append('/').append(this.until.iso());
		}
		else if (this.start != null) {
			when.append('T').append(this.start);
			if (this.end != null) {
				when.append('/').append(this.end);
			}
		}
		return when.toString();
	}

}
