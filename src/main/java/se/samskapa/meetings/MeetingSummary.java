package se.samskapa.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting in a list.
 *
 * @param id the meeting's id
 * @param groupId its group
 * @param groupName the group's name
 * @param groupSlug the group's name in URLs
 * @param date when
 * @param start when it begins
 * @param end when it ends
 * @param place where
 * @param title a title for an extra meeting
 * @param status the state of the minutes
 * @param cancelled whether the meeting was cancelled
 */
public record MeetingSummary(long id, long groupId, String groupName, String groupSlug, LocalDate date, LocalTime start,
		LocalTime end, String place, String title, MinutesStatus status, boolean cancelled) {

	public boolean published() {
		return status == MinutesStatus.PUBLISHED;
	}

}
