package se.samskapa.importer.parsing;

/** Gives dates written without a year the year of the meeting. */
final class Dates {

	private Dates() {
	}

	/**
	 * {@code date} in the meeting's year, or the next year where it falls early in the
	 * year and the meeting late (a meeting in November planning for January).
	 */
	static PartialDate inYearOf(PartialDate date, PartialDate meeting) {
		if (date == null || date.hasYear() || meeting == null || !meeting.hasYear()) {
			return date;
		}
		boolean nextYear = meeting.month() >= 10 && date.month() <= 3;
		return date.withYear(meeting.year() + (nextYear ? 1 : 0));
	}

	static Due inYearOf(Due due, PartialDate meeting) {
		return (due == null || due.date() == null) ? due : Due.on(inYearOf(due.date(), meeting));
	}

}
