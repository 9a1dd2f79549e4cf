package se.samskapa.meetings.web;

import se.samskapa.groups.GroupRole;
import se.samskapa.meetings.AttendanceStatus;

/**
 * One line of the attendance roster: a member of the group, or someone else recorded for
 * the meeting (a guest).
 *
 * @param personId who
 * @param name their name
 * @param organisation the organisation or role to show
 * @param role their role in the group, {@code null} for a guest
 * @param status their attendance, {@code null} until marked
 * @param guest whether they are a guest
 */
public record RosterRow(long personId, String name, String organisation, GroupRole role, AttendanceStatus status,
		boolean guest) {
}
