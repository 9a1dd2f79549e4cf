package se.samskapa.groups.web;

import se.samskapa.groups.GroupRole;

/**
 * A member as the settings page lists them.
 *
 * @param personId the person
 * @param name their name
 * @param organisation the organisation they represent in the group, if any
 * @param role their role in the group
 */
public record MemberRow(long personId, String name, String organisation, GroupRole role) {
}
