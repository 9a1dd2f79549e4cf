package se.samskapa.importer.parsing;

/**
 * Something the parser was unsure of, for the coordinator to check in the preview.
 *
 * @param code what kind of doubt
 * @param detail the text concerned, in the minutes' words
 */
public record ParseWarning(Code code, String detail) {

	/** The kinds of doubt. */
	public enum Code {

		/** No meeting date found. */
		NO_DATE,
		/** The date has no year: ask for it. */
		DATE_WITHOUT_YEAR,
		/** The year was inferred, not written or given: confirm it. */
		YEAR_INFERRED,
		/** No group name matched the title. */
		NO_GROUP,
		/** No present list found. */
		NO_ATTENDANCE,
		/** A name that matches several people. */
		AMBIGUOUS_NAME,
		/** A name that matches nobody: proposed as a new person. */
		NEW_PERSON,
		/** An action item without an owner. */
		ACTION_WITHOUT_OWNER

	}

}
