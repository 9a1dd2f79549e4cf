package se.samskapa.meetings;

import java.time.LocalDate;

/**
 * An action item as a list of someone's own actions shows it: without its owners (the
 * reader is one) and its history, which such a list never shows and which cost two more
 * queries to read.
 *
 * @param id the action's id
 * @param groupId the group whose meeting gave it
 * @param groupName that group's name
 * @param meetingId the meeting it came from
 * @param meetingDate that meeting's date
 * @param what what is to be done
 * @param due when it is due
 * @param status open, done or dropped
 */
public record ActionSummary(long id, long groupId, String groupName, long meetingId, LocalDate meetingDate, String what,
		Due due, ActionStatus status) implements ActionState {

}
