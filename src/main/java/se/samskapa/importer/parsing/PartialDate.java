package se.samskapa.importer.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A calendar date whose year may be unknown, as minutes often write "20 februari".
 *
 * @param year the year, or {@code null} where the text gives none
 * @param month 1-12
 * @param day 1-31
 */
public record PartialDate(Integer year, int month, int day) {

	public PartialDate {
		// MonthDay accepts 29 February without a year; LocalDate then checks the year.
		MonthDay.of(month, day);
		if (year != null) {
			LocalDate.of(year, month, day);
		}
	}

	/** A date with its year, or {@code null} where the numbers make no date. */
	static PartialDate ofValid(Integer year, int month, int day) {
		try {
			return new PartialDate(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The first date written in the text, in any of the forms minutes use ("9 mars",
	 * "2016-03-09", "9/3", "--03-09").
	 */
	public static Optional<PartialDate> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String stripped = text.strip();
		if (stripped.matches("--\\d{2}-\\d{2}")) {
			return Optional.ofNullable(ofValid(null, Integer.parseInt(stripped.substring(2, 4)),
					Integer.parseInt(stripped.substring(5, 7))));
		}
		return SwedishDates.find(stripped).stream().findFirst().map(SwedishDates.Mention::date);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	public boolean hasYear() {
		return this.year != null;
	}

	public MonthDay monthDay() {
		return MonthDay.of(this.month, this.day);
	}

	public Optional<LocalDate> toLocalDate() {
		return hasYear() ? Optional.of(LocalDate.of(this.year, this.month, this.day)) : Optional.empty();
	}

	/** This date in the given year; 29 February falls back to 28 in a common year. */
	public PartialDate withYear(int newYear) {
		PartialDate exact = ofValid(newYear, this.month, this.day);
		return (exact != null) ? exact : new PartialDate(newYear, this.month, 28);
	}

	/**
	 * ISO 8601: {@code 2016-03-07}, or {@code --03-07} without a year (the form the
	 * expected files use).
	 */
	public String iso() {
		return hasYear() ? String.format("%04d-%02d-%02d", this.year, this.month, this.day)
				: String.format("--%02d-%02d", this.month, this.day);
	}

	/**
	 * Whether this date lies after {@code other}. Without both years, month and day
	 * decide, except that a date early in the year counts as after a meeting late in the
	 * year (minutes in November plan for January).
	 */
	public boolean isAfter(PartialDate other) {
		if (hasYear() && other.hasYear()) {
			return toLocalDate().get().isAfter(other.toLocalDate().get());
		}
		if (other.month >= 10 && this.month <= 3) {
			return true;
		}
		if (this.month >= 10 && other.month <= 3) {
			return false;
		}
		return monthDay().isAfter(other.monthDay());
	}

	@Override
	public String toString() {
		return iso();
	}

}
