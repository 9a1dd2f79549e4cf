package se.samskapa.groups;

/**
 * A group's meeting rule or one of its exceptions changed: meetings already prepared from
 * the rule may have to move, be cancelled or come back.
 *
 * @param groupId the group
 */
public record MeetingTimesChanged(long groupId) {
}
