package se.samskapa.groups;

/**
 * A member of a group.
 *
 * @param personId the person (directory)
 * @param role their role in the group
 * @param organisationId the organisation they represent in it, if any
 */
public record MemberView(long personId, GroupRole role, Long organisationId) {
}
