package se.samskapa.meetings;

/** An action item is open until it is done or dropped. */
public enum ActionStatus {

	OPEN, DONE, DROPPED

}
