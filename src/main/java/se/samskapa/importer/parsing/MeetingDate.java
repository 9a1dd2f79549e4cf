package se.samskapa.importer.parsing;

/**
 * The date of the meeting and how sure the parser is of its year.
 *
 * @param date the date; without a year when nothing gave one
 * @param yearSource where the year came from
 * @param unsure whether the coordinator should confirm the year before saving
 * @param written the text the date was read from
 */
public record MeetingDate(PartialDate date, YearSource yearSource, boolean unsure, String written) {

	/** Where the year of a meeting date came from. */
	public enum YearSource {

		/** Written in the minutes. */
		WRITTEN,
		/** The year the user gave ({@code --year}). */
		DEFAULT_YEAR,
		/** The date of the file (its metadata). */
		FILE_DATE,
		/** A full date elsewhere in the text. */
		CONTEXT,
		/** Nothing: the importer must ask. */
		UNKNOWN

	}

	public boolean needsYear() {
		return !this.date.hasYear();
	}

	public String iso() {
		return this.date.iso();
	}

}
