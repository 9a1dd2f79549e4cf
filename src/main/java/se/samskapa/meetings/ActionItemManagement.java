package se.samskapa.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PeopleMerged;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.Occurrence;
import se.samskapa.meetings.internal.ActionItem;
import se.samskapa.meetings.internal.ActionItemLoader;
import se.samskapa.meetings.internal.ActionItemRepository;
import se.samskapa.meetings.internal.AgendaItem;
import se.samskapa.meetings.internal.AgendaItemRepository;
import se.samskapa.meetings.internal.Meeting;
import se.samskapa.meetings.internal.MeetingRepository;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * Action items: given at a meeting, owned by people or organisations, followed up at the
 * next meetings until they are done or dropped. Nothing gets lost: every open action of a
 * group that is due lands in the "Uppföljning" section of the group's next meeting.
 */
@Service
@Transactional
public class ActionItemManagement {

	private static final String OPEN_ORDER = "a.due_date IS NULL, a.due_date, m.meeting_date, a.id";

	/**
	 * The actions the person owns, as a list of ids the action's index is searched for.
	 * Written as {@code IN (SELECT ...)}, PostgreSQL's plan for the prepared statement
	 * looked the owned actions up one by one (a coordinator owns hundreds) and took 1.2
	 * ms; given the ids as one array it reads the open actions' index once: 0.5 ms.
	 */
	private static final String OWNED = "a.id = ANY (ARRAY(SELECT action_item_id FROM meetings_action_owner WHERE person_id = :personId))";

	private final ActionItemRepository actions;

	private final MeetingRepository meetings;

	private final AgendaItemRepository agendaItems;

	private final ActionItemLoader loader;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActionItemManagement(ActionItemRepository actions, MeetingRepository meetings, AgendaItemRepository agendaItems,
			ActionItemLoader loader, GroupManagement groups, DirectoryManagement directory, JdbcClient jdbc,
			Clock clock) {
		this.actions = actions;
		this.meetings = meetings;
		this.agendaItems = agendaItems;
		this.loader = loader;
		this.groups = groups;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an action given at a meeting. "Till nästa möte" resolves to the date of the
	 * group's next meeting: one already scheduled, else the next one its rule gives.
	 */
	public long create(long meetingId, Long agendaItemId, String what, List<Owner> owners, Due due, String actor) {
		Meeting meeting = meeting(meetingId);
		Due resolved = due.kind() == DueKind.NEXT_MEETING
				? Due.nextMeeting(nextMeetingDate(meeting.getGroupId(), meeting.getMeetingDate()).orElse(null)) : due;
		ActionItem item = new ActionItem(meeting.getGroupId(), meetingId, agendaItemId, what, owners, resolved,
				clock.instant(), actor);
		return actions.save(item).getId();
	}

	/** Changes an action while the minutes it belongs to are still a draft. */
	public void edit(long actionId, String what, List<Owner> owners, Due due) {
		ActionItem item = load(actionId);
		meeting(item.getMeetingId()).requireDraft();
		Meeting meeting = meeting(item.getMeetingId());
		Due resolved = due.kind() == DueKind.NEXT_MEETING
				? Due.nextMeeting(nextMeetingDate(meeting.getGroupId(), meeting.getMeetingDate()).orElse(null)) : due;
		item.rewrite(what, owners, resolved);
		actions.save(item);
	}

	/** Removes an action given by mistake, while its minutes are a draft. */
	public void delete(long actionId) {
		ActionItem item = load(actionId);
		meeting(item.getMeetingId()).requireDraft();
		actions.delete(item);
	}

	public void markDone(long actionId, Long inMeetingId, String actor, String note) {
		ActionItem item = load(actionId);
		item.markDone(clock.instant(), inMeetingId, actor, note);
		actions.save(item);
	}

	/**
	 * Moves the due date on: to a date, or to the next meeting after the one following it
	 * up.
	 */
	public void carryOver(long actionId, Due newDue, Long inMeetingId, String actor, String note) {
		ActionItem item = load(actionId);
		Due resolved = newDue;
		if (newDue.kind() == DueKind.NEXT_MEETING) {
			LocalDate after = inMeetingId != null ? meeting(inMeetingId).getMeetingDate() : today();
			resolved = Due.nextMeeting(nextMeetingDate(item.getGroupId(), after).orElse(null));
		}
		if (resolved.date() != null && resolved.date().isBefore(today())) {
			throw new RuleViolation("action.due.in.past");
		}
		item.carryOver(resolved, clock.instant(), inMeetingId, actor, note);
		actions.save(item);
	}

	public void drop(long actionId, Long inMeetingId, String actor, String note) {
		ActionItem item = load(actionId);
		item.drop(clock.instant(), inMeetingId, actor, note);
		actions.save(item);
	}

	public void reopen(long actionId, Long inMeetingId, String actor) {
		ActionItem item = load(actionId);
		item.reopen(clock.instant(), inMeetingId, actor);
		actions.save(item);
	}

	@Transactional(readOnly = true)
	public Optional<ActionItemView> find(long actionId) {
		return loader.load("a.id = :id", Map.of("id", actionId), "a.id").stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<ActionItemView> ofMeeting(long meetingId) {
		return loader.load("a.meeting_id = :meetingId", Map.of("meetingId", meetingId), "a.id");
	}

	/** The earlier actions a meeting follows up, in due order. */
	@Transactional(readOnly = true)
	public List<ActionItemView> followUpsOf(long meetingId) {
		return loader.load("a.id IN (SELECT action_item_id FROM meetings_follow_up WHERE meeting_id = :meetingId)",
				Map.of("meetingId", meetingId), "a.due_date NULLS LAST, m.meeting_date, a.id");
	}

	/**
	 * The person's most pressing open actions (overdue first, then by due date), at most
	 * {@code limit}, and how many are open in all.
	 */
	@Transactional(readOnly = true)
	public OpenActions openOfPerson(long personId, int limit) {
		String where = "a.status = 'OPEN' AND " + OWNED;
		return loader.first(where, Map.of("personId", personId), OPEN_ORDER, limit);
	}

	/** A person's actions: open ones first, overdue first, then by due date. */
	@Transactional(readOnly = true)
	public List<ActionItemView> ofPerson(long personId, boolean openOnly) {
		String where = OWNED + (openOnly ? " AND a.status = 'OPEN'" : "");
		return loader.load(where, Map.of("personId", personId), "a.status <> 'OPEN', " + OPEN_ORDER);
	}

	/** Open actions across groups, overdue first. */
	@Transactional(readOnly = true)
	public List<ActionItemView> open(ActionFilter filter) {
		StringBuilder where = new StringBuilder("a.status = 'OPEN'");
		Map<String, Object> parameters = new HashMap<>();
		if (filter.groupId() != null) {
			where.append(" AND a.group_id = :groupId");
			parameters.put("groupId", filter.groupId());
		}
		if (filter.personId() != null) {
			where.append(" AND ").append(OWNED);
			parameters.put("personId", filter.personId());
		}
		if (filter.organisationId() != null) {
			Set<Long> people = directory.currentMembersOf(filter.organisationId(), today());
			where.append(
					" AND a.id IN (SELECT action_item_id FROM meetings_action_owner WHERE organisation_id = :orgId");
			if (!people.isEmpty()) {
				where.append(" OR person_id IN (:orgPeople)");
				parameters.put("orgPeople", people);
			}
			where.append(")");
			parameters.put("orgId", filter.organisationId());
		}
		if (filter.overdueOnly()) {
			where.append(" AND a.due_date < :today");
			parameters.put("today", today());
		}
		return loader.load(where.toString(), parameters, OPEN_ORDER);
	}

	/**
	 * The date of the group's next meeting after the given day: a scheduled one, else the
	 * next one its rule gives.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> nextMeetingDate(long groupId, LocalDate after) {
		Optional<LocalDate> scheduled = meetings.findNextAfter(groupId, after).map(Meeting::getMeetingDate);
		Optional<LocalDate> byRule = groups.nextOccurrence(groupId, after.plusDays(1)).map(Occurrence::date);
		if (scheduled.isPresent() && byRule.isPresent()) {
			return Optional.of(scheduled.get().isBefore(byRule.get()) ? scheduled.get() : byRule.get());
		}
		return scheduled.isPresent() ? scheduled : byRule;
	}

	/**
	 * A meeting was scheduled: open actions due "till nästa möte" from earlier meetings
	 * now fall due on its date, and every open action that is due by then goes into its
	 * follow-up section.
	 */
	void meetingScheduled(Meeting meeting) {
		for (ActionItem item : actions.findOpenDueNextMeeting(meeting.getGroupId())) {
			Meeting origin = meeting(item.getMeetingId());
			LocalDate due = item.getDue().date();
			if (origin.getMeetingDate().isBefore(meeting.getMeetingDate())
					&& (due == null || due.isAfter(meeting.getMeetingDate()))) {
				item.resolveNextMeeting(meeting.getMeetingDate());
				actions.save(item);
			}
		}
		refreshFollowUp(meeting);
	}

	/**
	 * Adds to the meeting's follow-up every open action of the group that is due by its
	 * date.
	 */
	int refreshFollowUp(Meeting meeting) {
		int added = jdbc.sql("""
				INSERT INTO meetings_follow_up (meeting_id, action_item_id)
				SELECT :meetingId, a.id FROM meetings_action_item a JOIN meetings_meeting m ON m.id = a.meeting_id
				WHERE a.group_id = :groupId AND a.status = 'OPEN' AND m.meeting_date < :date
				  AND (a.due_date IS NULL OR a.due_date <= :date)
				ON CONFLICT DO NOTHING
				""")
			.param("meetingId", meeting.getId())
			.param("groupId", meeting.getGroupId())
			.param("date", meeting.getMeetingDate())
			.update();
		boolean hasFollowUps = jdbc.sql("SELECT count(*) FROM meetings_follow_up WHERE meeting_id = :id")
			.param("id", meeting.getId())
			.query(Integer.class)
			.single() > 0;
		boolean hasSection = agendaItems.findAllByMeetingIdOrderByPosition(meeting.getId())
			.stream()
			.anyMatch(i -> i.getKind() == AgendaItem.Kind.FOLLOW_UP);
		if (hasFollowUps && !hasSection) {
			agendaItems.save(new AgendaItem(meeting.getId(), 0, AgendaItem.Kind.FOLLOW_UP, "Uppföljning", null, null));
		}
		return added;
	}

	@ApplicationModuleListener
	void on(PeopleMerged event) {
		for (ActionItem item : actions.findAllOwnedBy(event.duplicateId())) {
			if (item.replacePerson(event.duplicateId(), event.survivorId())) {
				actions.save(item);
			}
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Dates.ZONE));
	}

	private ActionItem load(long actionId) {
		return actions.findById(actionId).orElseThrow(() -> NotFoundException.of("action", actionId));
	}

	private Meeting meeting(long meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> NotFoundException.of("meeting", meetingId));
	}

}
