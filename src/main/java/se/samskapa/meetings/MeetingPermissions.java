package se.samskapa.meetings;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;

/**
 * Who may read and change a group's meetings. Published minutes are public; drafts are
 * for the group's members; the chair, the note-taker and coordinators write them; the
 * chair or the appointed justerare approves them. Available in templates as
 * {@code @meetingPermissions}.
 */
@Component("meetingPermissions")
public class MeetingPermissions {

	private final GroupManagement groups;

	MeetingPermissions(GroupManagement groups) {
		this.groups = groups;
	}

	public boolean isMember(SamskapaUser user, long groupId) {
		return user != null && (user.isCoordinator() || role(user, groupId).isPresent());
	}

	public boolean canRead(SamskapaUser user, long groupId, MinutesStatus status) {
		return status == MinutesStatus.PUBLISHED || isMember(user, groupId);
	}

	/** Write the minutes, the agenda and the attendance while they are a draft. */
	public boolean canWrite(SamskapaUser user, long groupId, Long noteTakerId) {
		if (user == null) {
			return false;
		}
		return user.isCoordinator() || role(user, groupId).map(GroupRole::mayWriteMinutes).orElse(false)
				|| (noteTakerId != null && noteTakerId.equals(user.personId()));
	}

	/** Approve (justera): the chair, or the person appointed for this meeting. */
	public boolean canApprove(SamskapaUser user, long groupId, Long adjusterId) {
		if (user == null || user.personId() == null) {
			return false;
		}
		return user.personId().equals(adjusterId) || role(user, groupId).filter(r -> r == GroupRole.CHAIR).isPresent();
	}

	/** Publish approved minutes, and change them afterwards with a reason. */
	public boolean canPublish(SamskapaUser user, long groupId) {
		return user != null
				&& (user.isCoordinator() || role(user, groupId).map(GroupRole::mayWriteMinutes).orElse(false));
	}

	/** Schedule meetings and change the group's calendar. */
	public boolean canSchedule(SamskapaUser user, long groupId) {
		return canPublish(user, groupId);
	}

	/**
	 * Mark an action done, carry it over or drop it: its owner, or whoever writes the
	 * group's minutes.
	 */
	public boolean canUpdateAction(SamskapaUser user, ActionItemView action) {
		return user != null && (action.ownedBy(user.personId()) || canWrite(user, action.groupId(), null));
	}

	public void requireUpdateAction(SamskapaUser user, ActionItemView action) {
		require(canUpdateAction(user, action));
	}

	public void requireRead(SamskapaUser user, long groupId, MinutesStatus status) {
		require(canRead(user, groupId, status));
	}

	public void requireMember(SamskapaUser user, long groupId) {
		require(isMember(user, groupId));
	}

	public void requireWrite(SamskapaUser user, long groupId, Long noteTakerId) {
		require(canWrite(user, groupId, noteTakerId));
	}

	public void requireApprove(SamskapaUser user, long groupId, Long adjusterId) {
		require(canApprove(user, groupId, adjusterId));
	}

	public void requirePublish(SamskapaUser user, long groupId) {
		require(canPublish(user, groupId));
	}

	private Optional<GroupRole> role(SamskapaUser user, long groupId) {
		return groups.roleOf(groupId, user.personId());
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}

}
