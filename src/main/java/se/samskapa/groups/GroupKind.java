package se.samskapa.groups;

/** A standing group meets by rule; a working group does a task and reports to one. */
public enum GroupKind {

	STANDING, WORKING

}
