/**
 * Meetings and their minutes: agenda (including items proposed by other groups),
 * attendance, notes, decisions, approval and publication, action items and their
 * follow-up, and the exports (PDF, Markdown, iCalendar).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package se.samskapa.meetings;
