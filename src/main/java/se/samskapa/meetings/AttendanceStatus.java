package se.samskapa.meetings;

/** Whether someone was at a meeting. */
public enum AttendanceStatus {

	PRESENT, ABSENT_WITH_NOTICE, ABSENT

}
