package se.samskapa.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An action item with its owners and history.
 *
 * @param id the action's id
 * @param groupId the group whose meeting gave it
 * @param groupName that group's name
 * @param meetingId the meeting it came from
 * @param meetingDate that meeting's date
 * @param agendaItemId the agenda item it belongs to, if any
 * @param what what is to be done
 * @param owners who answers for it
 * @param due when it is due
 * @param status open, done or dropped
 * @param history what happened to it
 */
public record ActionItemView(long id, long groupId, String groupName, long meetingId, LocalDate meetingDate,
		Long agendaItemId, String what, List<OwnerView> owners, Due due, ActionStatus status,
		List<ActionEventView> history) implements ActionState {

	/** "David Bergström, Rebecka Glimsjö". */
	public String ownerNames() {
		return owners.stream().map(OwnerView::name).collect(Collectors.joining(", "));
	}

	public boolean ownedBy(Long personId) {
		return personId != null && owners.stream().anyMatch(o -> personId.equals(o.personId()));
	}

	/** What happened to the action at the given meeting, if anything. */
	public java.util.Optional<ActionEventView> outcomeAt(long meetingId) {
		return history.stream()
			.filter(e -> e.kind() != ActionEventKind.CREATED && Long.valueOf(meetingId).equals(e.meetingId()))
			.reduce((first, second) -> second);
	}

}
