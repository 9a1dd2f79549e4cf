package se.samskapa.meetings;

/** What happened to an action item. */
public enum ActionEventKind {

	CREATED, DONE, CARRIED_OVER, DROPPED, REOPENED

}
