package se.samskapa.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.meetings.ActionEventKind;
import se.samskapa.meetings.ActionStatus;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.DueKind;
import se.samskapa.meetings.Owner;
import se.samskapa.shared.RuleViolation;

/**
 * Something a meeting asked someone to do, with everything that happened to it since:
 * done, carried over to a new date, or dropped, meeting by meeting.
 */
@Table("meetings_action_item")
public class ActionItem {

	@Id
	private Long id;

	private long groupId;

	private long meetingId;

	private Long agendaItemId;

	private String what;

	private DueKind dueKind;

	private LocalDate dueDate;

	private String dueText;

	private ActionStatus status = ActionStatus.OPEN;

	private Instant closedAt;

	private Instant createdAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "action_item_id")
	private Set<OwnerRow> owners = new LinkedHashSet<>();

	@MappedCollection(idColumn = "action_item_id")
	private Set<EventRow> history = new LinkedHashSet<>();

	ActionItem() {
	}

	public ActionItem(long groupId, long meetingId, Long agendaItemId, String what, List<Owner> owners, Due due,
			Instant now, String actor) {
		this.groupId = groupId;
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.createdAt = now;
		rewrite(what, owners, due);
		history.add(new EventRow(now, ActionEventKind.CREATED, meetingId, actor, null, due.date()));
	}

	public Long getId() {
		return id;
	}

	public long getGroupId() {
		return groupId;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public Long getAgendaItemId() {
		return agendaItemId;
	}

	public String getWhat() {
		return what;
	}

	public Due getDue() {
		return new Due(dueKind, dueDate, dueText);
	}

	public ActionStatus getStatus() {
		return status;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<Owner> getOwners() {
		return owners.stream().map(OwnerRow::toOwner).toList();
	}

	public List<EventRow> getHistory() {
		return history.stream().sorted(Comparator.comparing(EventRow::occurredAt)).toList();
	}

	public boolean isOpen() {
		return status == ActionStatus.OPEN;
	}

	public void rewrite(String what, List<Owner> owners, Due due) {
		if (what == null || what.isBlank()) {
			throw new RuleViolation("action.what.required");
		}
		this.what = what.trim();
		this.owners.clear();
		owners.forEach(o -> this.owners.add(OwnerRow.of(o)));
		this.dueKind = due.kind();
		this.dueDate = due.date();
		this.dueText = due.text();
	}

	/** "Till nästa möte" now means this date, because the next meeting got scheduled. */
	public void resolveNextMeeting(LocalDate nextMeetingDate) {
		if (dueKind == DueKind.NEXT_MEETING) {
			dueDate = nextMeetingDate;
		}
	}

	public void markDone(Instant now, Long inMeetingId, String actor, String note) {
		requireOpen();
		status = ActionStatus.DONE;
		closedAt = now;
		history.add(new EventRow(now, ActionEventKind.DONE, inMeetingId, actor, blankToNull(note), null));
	}

	public void carryOver(Due newDue, Instant now, Long inMeetingId, String actor, String note) {
		requireOpen();
		this.dueKind = newDue.kind();
		this.dueDate = newDue.date();
		this.dueText = newDue.text();
		history
			.add(new EventRow(now, ActionEventKind.CARRIED_OVER, inMeetingId, actor, blankToNull(note), newDue.date()));
	}

	public void drop(Instant now, Long inMeetingId, String actor, String note) {
		requireOpen();
		if (note == null || note.isBlank()) {
			throw new RuleViolation("action.drop.note.required");
		}
		status = ActionStatus.DROPPED;
		closedAt = now;
		history.add(new EventRow(now, ActionEventKind.DROPPED, inMeetingId, actor, note.trim(), null));
	}

	public void reopen(Instant now, Long inMeetingId, String actor) {
		if (status == ActionStatus.OPEN) {
			return;
		}
		status = ActionStatus.OPEN;
		closedAt = null;
		history.add(new EventRow(now, ActionEventKind.REOPENED, inMeetingId, actor, null, null));
	}

	public boolean replacePerson(long duplicateId, long survivorId) {
		boolean changed = owners.removeIf(o -> Long.valueOf(duplicateId).equals(o.personId()));
		if (changed && owners.stream().noneMatch(o -> Long.valueOf(survivorId).equals(o.personId()))) {
			owners.add(new OwnerRow(survivorId, null, null));
		}
		return changed;
	}

	private void requireOpen() {
		if (status != ActionStatus.OPEN) {
			throw new RuleViolation("action.not.open");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@Table("meetings_action_owner")
	record OwnerRow(Long personId, Long organisationId, String label) {

		static OwnerRow of(Owner owner) {
			return new OwnerRow(owner.personId(), owner.organisationId(), owner.label());
		}

		Owner toOwner() {
			return new Owner(personId, organisationId, label);
		}

	}

	/**
	 * One thing that happened to the action.
	 *
	 * @param occurredAt when
	 * @param kind what
	 * @param meetingId at which meeting, if at one
	 * @param actor who recorded it
	 * @param note why, in words
	 * @param dueDate the new due date, when carried over
	 */
	@Table("meetings_action_event")
	public record EventRow(Instant occurredAt, ActionEventKind kind, Long meetingId, String actor, String note,
			LocalDate dueDate) {
	}

}
