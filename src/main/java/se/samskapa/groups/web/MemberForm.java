package se.samskapa.groups.web;

import jakarta.validation.constraints.NotNull;

import se.samskapa.groups.GroupRole;

/**
 * A person to add to a group.
 *
 * @param personId the person, from the directory
 * @param role their role in the group
 * @param organisationId the organisation they represent, if any
 */
public record MemberForm(@NotNull(message = "{member.person.required}") Long personId,
		@NotNull(message = "{member.role.required}") GroupRole role, Long organisationId) {

	static MemberForm empty() {
		return new MemberForm(null, GroupRole.MEMBER, null);
	}

}
