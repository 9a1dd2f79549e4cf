package se.samskapa.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A coming meeting of a group: one already prepared, or one the group's rule gives and
 * that nobody has prepared yet.
 *
 * @param groupId the group
 * @param groupName its name
 * @param groupSlug its name in URLs
 * @param date when
 * @param start when it begins
 * @param end when it ends
 * @param place where
 * @param title a title, for an extra meeting
 * @param meetingId the prepared meeting, or {@code null}
 * @param ruleDate the rule occurrence, or {@code null} for an extra meeting
 * @param moved whether the occurrence was moved from its rule date
 * @param cancelled whether it was cancelled
 * @param note why it was moved or cancelled
 */
public record UpcomingMeeting(long groupId, String groupName, String groupSlug, LocalDate date, LocalTime start,
		LocalTime end, String place, String title, Long meetingId, LocalDate ruleDate, boolean moved, boolean cancelled,
		String note) {

	public boolean prepared() {
		return meetingId != null;
	}

}
