package se.samskapa.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.PeopleMerged;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.MeetingTimesChanged;
import se.samskapa.groups.MemberView;
import se.samskapa.groups.Occurrence;
import se.samskapa.meetings.internal.AgendaItem;
import se.samskapa.meetings.internal.AgendaItemRepository;
import se.samskapa.meetings.internal.Meeting;
import se.samskapa.meetings.internal.MeetingRepository;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * Scheduling meetings (from the group's rule or by hand), their time and place, who takes
 * the notes and who approves them, and who attended.
 */
@Service
@Transactional
public class MeetingManagement {

	private final MeetingRepository meetings;

	private final AgendaItemRepository agendaItems;

	private final GroupManagement groups;

	private final ActionItemManagement actions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingManagement(MeetingRepository meetings, AgendaItemRepository agendaItems, GroupManagement groups,
			ActionItemManagement actions, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.agendaItems = agendaItems;
		this.groups = groups;
		this.actions = actions;
		this.events = events;
	}

	/**
	 * Prepares the meeting that the group's rule gives for the occurrence: creates it
	 * (once), with the group's note-taker, and puts the group's due actions into its
	 * follow-up.
	 * @return the meeting's id
	 */
	public long prepare(long groupId, LocalDate ruleDate) {
		Optional<Meeting> existing = meetings.findByGroupIdAndRuleDate(groupId, ruleDate);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		Occurrence occurrence = groups.occurrences(groupId, ruleDate.minusDays(90), ruleDate.plusDays(90))
			.stream()
			.filter(o -> o.ruleDate().equals(ruleDate))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("meeting.no.such.occurrence"));
		if (occurrence.cancelled()) {
			throw new RuleViolation("meeting.occurrence.cancelled");
		}
		Meeting meeting = new Meeting(groupId, occurrence.date(), occurrence.start(), occurrence.end(),
				occurrence.place(), MeetingOrigin.RULE, ruleDate);
		return schedule(meeting);
	}

	/**
	 * Adds a meeting that the rule does not give (an extra meeting, a working group's
	 * meeting).
	 */
	public long createExtra(long groupId, LocalDate date, LocalTime start, LocalTime end, String place, String title) {
		groups.group(groupId).orElseThrow(() -> NotFoundException.of("group", groupId));
		Meeting meeting = new Meeting(groupId, date, start, end, blankToNull(place), MeetingOrigin.EXTRA, null);
		meeting.reschedule(date, start, end, blankToNull(place), blankToNull(title));
		return schedule(meeting);
	}

	/**
	 * Adds a meeting read from existing minutes; no follow-up, since it happened long
	 * ago.
	 */
	public long createImported(long groupId, LocalDate date, LocalTime start, LocalTime end, String place) {
		Meeting meeting = new Meeting(groupId, date, start, end, blankToNull(place), MeetingOrigin.IMPORTED, null);
		return meetings.save(meeting).getId();
	}

	public void reschedule(long meetingId, LocalDate date, LocalTime start, LocalTime end, String place, String title) {
		Meeting meeting = load(meetingId);
		meeting.reschedule(date, start, end, blankToNull(place), blankToNull(title));
		meetings.save(meeting);
	}

	public void setCancelled(long meetingId, boolean cancelled) {
		Meeting meeting = load(meetingId);
		meeting.setCancelled(cancelled);
		meetings.save(meeting);
	}

	/** Who takes the notes, and who is appointed to approve (justera) the minutes. */
	public void assignRoles(long meetingId, Long noteTakerId, Long adjusterId) {
		Meeting meeting = load(meetingId);
		meeting.requireDraft();
		meeting.assignRoles(noteTakerId, adjusterId);
		meetings.save(meeting);
	}

	/**
	 * Marks one person's attendance; members of the group keep the organisation they
	 * represent.
	 */
	public void setAttendance(long meetingId, long personId, AttendanceStatus status) {
		Meeting meeting = load(meetingId);
		meeting.requireDraft();
		Long organisation = groups.members(meeting.getGroupId())
			.stream()
			.filter(m -> m.personId() == personId)
			.findFirst()
			.map(MemberView::organisationId)
			.orElse(null);
		meeting.putAttendance(personId, status, false, organisation, null);
		meetings.save(meeting);
	}

	/** Records attendance with the organisation or role as written; also for guests. */
	public void recordAttendance(long meetingId, long personId, AttendanceStatus status, boolean guest,
			Long organisationId, String organisationLabel) {
		Meeting meeting = load(meetingId);
		meeting.requireDraft();
		meeting.putAttendance(personId, status, guest, organisationId, blankToNull(organisationLabel));
		meetings.save(meeting);
	}

	public void removeAttendance(long meetingId, long personId) {
		Meeting meeting = load(meetingId);
		meeting.requireDraft();
		meeting.removeAttendance(personId);
		meetings.save(meeting);
	}

	/** Brings newly due actions into the meeting's follow-up. */
	public int refreshFollowUp(long meetingId) {
		Meeting meeting = load(meetingId);
		meeting.requireDraft();
		return actions.refreshFollowUp(meeting);
	}

	/**
	 * Prepared meetings still to come follow their group's rule: when an occurrence is
	 * moved or cancelled after it was prepared, or the rule's time or place changes, the
	 * meeting moves, is cancelled, or comes back with it. Meetings whose minutes are no
	 * longer a draft, and meetings the rule no longer gives, are left as they are.
	 * @return how many meetings changed
	 */
	public int followRule(long groupId) {
		LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
		List<Meeting> prepared = meetings.findAllByGroupIdOrderByMeetingDateDesc(groupId)
			.stream()
			.filter(m -> m.getRuleDate() != null && m.isDraft())
			.filter(m -> !m.getRuleDate().isBefore(today) || !m.getMeetingDate().isBefore(today))
			.toList();
		if (prepared.isEmpty()) {
			return 0;
		}
		LocalDate first = prepared.get(prepared.size() - 1).getRuleDate();
		LocalDate last = prepared.get(0).getRuleDate();
		Map<LocalDate, Occurrence> occurrences = groups.occurrences(groupId, first.minusDays(90), last.plusDays(90))
			.stream()
			.collect(Collectors.toMap(Occurrence::ruleDate, Function.identity(), (a, b) -> a));
		int changed = 0;
		for (Meeting meeting : prepared) {
			Occurrence occurrence = occurrences.get(meeting.getRuleDate());
			if (occurrence != null && meeting.follow(occurrence)) {
				meetings.save(meeting);
				changed++;
			}
		}
		return changed;
	}

	@ApplicationModuleListener
	void on(MeetingTimesChanged event) {
		followRule(event.groupId());
	}

	@ApplicationModuleListener
	void on(PeopleMerged event) {
		for (Meeting meeting : meetings.findAllAttendedBy(event.duplicateId())) {
			if (meeting.replacePerson(event.duplicateId(), event.survivorId())) {
				meetings.save(meeting);
			}
		}
		for (Meeting meeting : meetings.findAllWithRole(event.duplicateId())) {
			if (meeting.replacePerson(event.duplicateId(), event.survivorId())) {
				meetings.save(meeting);
			}
		}
		for (AgendaItem item : agendaItems.findAllByProposedByPersonId(event.duplicateId())) {
			item.replacePerson(event.duplicateId(), event.survivorId());
			agendaItems.save(item);
		}
	}

	private long schedule(Meeting meeting) {
		groups.members(meeting.getGroupId())
			.stream()
			.filter(m -> m.role() == GroupRole.NOTE_TAKER)
			.findFirst()
			.ifPresent(m -> meeting.assignRoles(m.personId(), null));
		Meeting saved = meetings.save(meeting);
		actions.meetingScheduled(saved);
		events.publishEvent(new MeetingScheduled(saved.getId(), saved.getGroupId(), saved.getMeetingDate()));
		return saved.getId();
	}

	private Meeting load(long meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> NotFoundException.of("meeting", meetingId));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
