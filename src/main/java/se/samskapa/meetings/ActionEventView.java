package se.samskapa.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in an action's history.
 *
 * @param at when
 * @param kind what happened
 * @param meetingId at which meeting, if any
 * @param meetingDate that meeting's date
 * @param actor who recorded it
 * @param note why
 * @param dueDate the new due date, when carried over
 */
public record ActionEventView(Instant at, ActionEventKind kind, Long meetingId, LocalDate meetingDate, String actor,
		String note, LocalDate dueDate) {
}
