package se.samskapa.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.Occurrence;
import se.samskapa.meetings.internal.AgendaItem;
import se.samskapa.meetings.internal.AgendaItemRepository;
import se.samskapa.meetings.internal.Decision;
import se.samskapa.meetings.internal.DecisionRepository;
import se.samskapa.meetings.internal.Meeting;
import se.samskapa.meetings.internal.MeetingRepository;
import se.samskapa.meetings.internal.MinutesMarkdown;
import se.samskapa.meetings.internal.MinutesVersions;
import se.samskapa.shared.NotFoundException;

/** What the pages show of meetings: one meeting in full, lists, the calendar ahead. */
@Service
@Transactional(readOnly = true)
public class MeetingReader {

	private static final String SUMMARY = """
			SELECT id, group_id, meeting_date, start_time, end_time, place, title, minutes_status, cancelled
			FROM meetings_meeting m
			""";

	private final MeetingRepository meetings;

	private final AgendaItemRepository agendaItems;

	private final DecisionRepository decisions;

	private final ActionItemManagement actions;

	private final MinutesVersions versions;

	private final MinutesMarkdown markdown;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final JdbcClient jdbc;

	MeetingReader(MeetingRepository meetings, AgendaItemRepository agendaItems, DecisionRepository decisions,
			ActionItemManagement actions, MinutesVersions versions, MinutesMarkdown markdown, GroupManagement groups,
			DirectoryManagement directory, JdbcClient jdbc) {
		this.meetings = meetings;
		this.agendaItems = agendaItems;
		this.decisions = decisions;
		this.actions = actions;
		this.versions = versions;
		this.markdown = markdown;
		this.groups = groups;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	public MeetingDetails details(long meetingId) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> NotFoundException.of("meeting", meetingId));
		GroupView group = groups.group(meeting.getGroupId()).orElseThrow();
		List<AgendaItem> items = agendaItems.findAllByMeetingIdOrderByPosition(meetingId);
		List<Decision> meetingDecisions = decisions.findAllByMeetingIdOrderById(meetingId);
		List<ActionItemView> meetingActions = actions.ofMeeting(meetingId);
		List<ActionItemView> followUps = actions.followUpsOf(meetingId);

		Set<Long> personIds = new HashSet<>();
		meeting.getAttendance().forEach(a -> personIds.add(a.personId()));
		Stream.of(meeting.getNoteTakerId(), meeting.getAdjusterId(), meeting.getApprovedById())
			.filter(java.util.Objects::nonNull)
			.forEach(personIds::add);
		items.stream()
			.map(AgendaItem::getProposedByPersonId)
			.filter(java.util.Objects::nonNull)
			.forEach(personIds::add);
		Map<Long, String> names = directory.personNames(personIds);
		Map<Long, String> organisations = directory.organisationNames();
		Map<Long, MeetingSummary> proposers = summaries(items.stream()
			.map(AgendaItem::getProposedFromMeetingId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(MeetingSummary::id, Function.identity()));

		List<AttendanceView> attendance = meeting.getAttendance()
			.stream()
			.map(a -> new AttendanceView(a.personId(), names.getOrDefault(a.personId(), "?"),
					a.organisationLabel() != null ? a.organisationLabel()
							: a.organisationId() == null ? null : organisations.get(a.organisationId()),
					a.status(), a.guest()))
			.toList();

		List<AgendaItemView> agenda = new ArrayList<>();
		int number = 0;
		for (AgendaItem item : items) {
			boolean followUp = item.getKind() == AgendaItem.Kind.FOLLOW_UP;
			MeetingSummary proposer = proposers.get(item.getProposedFromMeetingId());
			agenda.add(new AgendaItemView(item.getId(), followUp ? 0 : ++number, followUp, item.getTitle(),
					item.getPart(), item.getPresenter(), ref(item.getProposedByPersonId(), names),
					proposer == null ? null : proposer.groupName(), proposer == null ? null : proposer.id(),
					proposer == null ? null : proposer.date(), item.getNotes(), item.getNotesSavedAt(),
					item.getVersion() == null ? 0 : item.getVersion(),
					meetingDecisions.stream()
						.filter(d -> item.getId().equals(d.getAgendaItemId()))
						.map(d -> new DecisionView(d.getId(), d.getAgendaItemId(), d.getText()))
						.toList(),
					meetingActions.stream().filter(a -> item.getId().equals(a.agendaItemId())).toList()));
		}
		return new MeetingDetails(meeting.getId(), group.id(), group.name(), group.slug(), meeting.getMeetingDate(),
				meeting.getStartTime(), meeting.getEndTime(), meeting.getPlace(), meeting.getTitle(),
				meeting.getOrigin(), meeting.isCancelled(), meeting.getMinutesStatus(),
				ref(meeting.getNoteTakerId(), names), ref(meeting.getAdjusterId(), names), meeting.getSubmittedAt(),
				ref(meeting.getApprovedById(), names), meeting.getApprovedAt(), meeting.getPublishedAt(),
				meeting.getMinutesVersion(), attendance, agenda, followUps);
	}

	public Optional<MeetingSummary> summary(long meetingId) {
		return summaries(Set.of(meetingId)).stream().findFirst();
	}

	/** The group's meetings, newest first. */
	public List<MeetingSummary> ofGroup(long groupId) {
		return query(SUMMARY + " WHERE group_id = :groupId ORDER BY meeting_date DESC, start_time DESC",
				Map.of("groupId", groupId));
	}

	/** The group's meetings on a day (usually none or one), cancelled ones too. */
	public List<MeetingSummary> ofGroupOn(long groupId, LocalDate date) {
		return query(SUMMARY + " WHERE group_id = :groupId AND meeting_date = :date ORDER BY start_time",
				Map.of("groupId", groupId, "date", date));
	}

	/** The latest published minutes of all groups. */
	public List<MeetingSummary> latestPublished(int limit) {
		return query(SUMMARY + " WHERE minutes_status = 'PUBLISHED' ORDER BY meeting_date DESC, id DESC LIMIT :limit",
				Map.of("limit", limit));
	}

	/**
	 * Drafts waiting for the person's approval: sent for approval, and the person is the
	 * appointed justerare or (when none is appointed) the chair of the group, one of
	 * {@code chairOf}.
	 */
	List<MeetingSummary> awaitingApprovalBy(long personId, Set<Long> chairOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		String chairClause = "";
		if (!chairOf.isEmpty()) {
			chairClause = " OR (adjuster_id IS NULL AND group_id IN (:chairOf))";
			parameters.put("chairOf", chairOf);
		}
		return query(
				SUMMARY + " WHERE minutes_status = 'DRAFT' AND submitted_at IS NOT NULL AND (adjuster_id = :personId"
						+ chairClause + ") ORDER BY meeting_date",
				parameters);
	}

	/**
	 * The coming meetings of the groups from {@code from} to {@code to}: those prepared,
	 * and those the groups' rules give that nobody has prepared yet.
	 */
	public List<UpcomingMeeting> upcoming(Collection<Long> groupIds, LocalDate from, LocalDate to) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		Map<Long, GroupView> groupViews = groups.groups(groupIds)
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));
		List<UpcomingMeeting> result = new ArrayList<>();
		// One query for the meetings held in the period and for the occurrences already
		// prepared, also those moved out of it (the rule dates around it).
		List<Row> rows = jdbc.sql("""
				SELECT id, group_id, meeting_date, start_time, end_time, place, title, rule_date, cancelled
				FROM meetings_meeting WHERE group_id IN (:groups)
				  AND (meeting_date BETWEEN :from AND :to OR rule_date BETWEEN :ruleFrom AND :ruleTo)
				""")
			.param("groups", groupIds)
			.param("from", from)
			.param("to", to)
			.param("ruleFrom", from.minusDays(90))
			.param("ruleTo", to.plusDays(90))
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6),
					rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9)))
			.list();
		Set<String> preparedOccurrences = new HashSet<>();
		for (Row row : rows) {
			if (row.ruleDate() != null) {
				preparedOccurrences.add(row.groupId() + ":" + row.ruleDate());
			}
			if (row.date().isBefore(from) || row.date().isAfter(to)) {
				continue;
			}
			GroupView group = groupViews.get(row.groupId());
			boolean moved = row.ruleDate() != null && !row.ruleDate().equals(row.date());
			result.add(new UpcomingMeeting(row.groupId(), group.name(), group.slug(), row.date(), row.start(),
					row.end(), row.place(), row.title(), row.id(), row.ruleDate(), moved, row.cancelled(), null));
		}
		Map<Long, List<Occurrence>> occurrences = groups.occurrences(groupViews.keySet(), from, to);
		for (GroupView group : groupViews.values()) {
			for (Occurrence occurrence : occurrences.getOrDefault(group.id(), List.of())) {
				if (preparedOccurrences.contains(group.id() + ":" + occurrence.ruleDate())) {
					continue;
				}
				result.add(new UpcomingMeeting(group.id(), group.name(), group.slug(), occurrence.date(),
						occurrence.start(), occurrence.end(), occurrence.place(), null, null, occurrence.ruleDate(),
						occurrence.moved(), occurrence.cancelled(), occurrence.note()));
			}
		}
		result.sort(Comparator.comparing(UpcomingMeeting::date)
			.thenComparing(UpcomingMeeting::start, Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	/**
	 * The minutes as Markdown: the export, and the text kept for each published version.
	 */
	public String markdown(long meetingId) {
		return markdown.render(details(meetingId));
	}

	public List<MinutesVersion> versions(long meetingId) {
		return versions.list(meetingId);
	}

	public Optional<MinutesVersion> version(long meetingId, int version) {
		return versions.find(meetingId, version);
	}

	public List<DiffLine> diff(long meetingId, int from, int to) {
		String a = version(meetingId, from).map(MinutesVersion::content)
			.orElseThrow(() -> NotFoundException.of("version", from));
		String b = version(meetingId, to).map(MinutesVersion::content)
			.orElseThrow(() -> NotFoundException.of("version", to));
		return MinutesVersions.diff(a, b);
	}

	List<MeetingSummary> summaries(Set<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return query(SUMMARY + " WHERE id IN (:ids)", Map.of("ids", ids));
	}

	private List<MeetingSummary> query(String sql, Map<String, ?> parameters) {
		Map<Long, GroupView> groupViews = groups.groups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));
		return jdbc.sql(sql).params(parameters).query((rs, i) -> {
			GroupView group = groupViews.get(rs.getLong(2));
			return new MeetingSummary(rs.getLong(1), rs.getLong(2), group == null ? "?" : group.name(),
					group == null ? "" : group.slug(), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6),
					rs.getString(7), MinutesStatus.valueOf(rs.getString(8)), rs.getBoolean(9));
		}).list();
	}

	private static PersonRef ref(Long personId, Map<Long, String> names) {
		return personId == null ? null : new PersonRef(personId, names.getOrDefault(personId, "?"));
	}

	private record Row(long id, long groupId, LocalDate date, LocalTime start, LocalTime end, String place,
			String title, LocalDate ruleDate, boolean cancelled) {
	}

}
