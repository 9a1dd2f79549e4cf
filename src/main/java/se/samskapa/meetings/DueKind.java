package se.samskapa.meetings;

/** How an action's due date was given. */
public enum DueKind {

	/** No due date. */
	NONE,
	/** A date. */
	DATE,
	/** "Till nästa möte": the date of the group's next meeting. */
	NEXT_MEETING,
	/** Words such as "under hösten". */
	TEXT

}
