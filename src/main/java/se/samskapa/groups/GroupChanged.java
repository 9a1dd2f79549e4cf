package se.samskapa.groups;

/**
 * A group was created or changed (name, description, members, rule).
 *
 * @param groupId the group
 */
public record GroupChanged(long groupId) {
}
