package se.samskapa.meetings;

import java.time.LocalDate;

/**
 * A meeting was added to a group's calendar (from the rule or by hand).
 *
 * @param meetingId the meeting
 * @param groupId its group
 * @param date when it takes place
 */
public record MeetingScheduled(long meetingId, long groupId, LocalDate date) {
}
