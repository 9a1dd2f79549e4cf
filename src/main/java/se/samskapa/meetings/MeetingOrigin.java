package se.samskapa.meetings;

/** How a meeting came to be. */
public enum MeetingOrigin {

	/** Generated from the group's meeting rule. */
	RULE,
	/** Added by hand. */
	EXTRA,
	/** Read from existing minutes. */
	IMPORTED

}
