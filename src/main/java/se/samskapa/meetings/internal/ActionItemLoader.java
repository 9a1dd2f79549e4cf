package se.samskapa.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.meetings.ActionEventKind;
import se.samskapa.meetings.ActionEventView;
import se.samskapa.meetings.ActionItemView;
import se.samskapa.meetings.ActionStatus;
import se.samskapa.meetings.ActionSummary;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.DueKind;
import se.samskapa.meetings.OpenActions;
import se.samskapa.meetings.OwnerView;

/**
 * Loads action items for pages in a fixed number of queries, whatever their number: the
 * items, their owners, their history, and the names.
 */
@Component
public class ActionItemLoader {

	/**
	 * The tables a condition on {@code a} (the action) and {@code m} (its meeting) reads.
	 */
	private static final String FROM = " FROM meetings_action_item a JOIN meetings_meeting m ON m.id = a.meeting_id ";

	private static final String COLUMNS = """
			SELECT a.id, a.group_id, a.meeting_id, m.meeting_date, a.agenda_item_id, a.what,
			       a.due_kind, a.due_date, a.due_text, a.status""";

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final GroupManagement groups;

	ActionItemLoader(JdbcClient jdbc, DirectoryManagement directory, GroupManagement groups) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.groups = groups;
	}

	/**
	 * Action items matching a condition on {@code a} (the action) and {@code m} (its
	 * meeting), in the given order.
	 */
	public List<ActionItemView> load(String where, Map<String, ?> parameters, String orderBy) {
		String sql = COLUMNS + FROM + "WHERE " + where + " ORDER BY " + orderBy;
		return views(jdbc.sql(sql).params(parameters).query(ActionItemLoader::row).list());
	}

	/**
	 * The first {@code limit} of the action items matching the condition, as summaries,
	 * and how many match in all. One query gives both: the count is a window over the
	 * rows the limit cuts, which the database reads for the order anyway.
	 */
	public OpenActions first(String where, Map<String, ?> parameters, String orderBy, int limit) {
		String sql = COLUMNS + ", count(*) OVER ()" + FROM + "WHERE " + where + " ORDER BY " + orderBy + " LIMIT "
				+ limit;
		List<CountedRow> rows = jdbc.sql(sql)
			.params(parameters)
			.query((rs, i) -> new CountedRow(row(rs, i), rs.getInt(11)))
			.list();
		Map<Long, String> groupNames = groupNames();
		List<ActionSummary> first = rows.stream().map(CountedRow::row).map(row -> row.summary(groupNames)).toList();
		return new OpenActions(first, rows.isEmpty() ? 0 : rows.get(0).total());
	}

	private Map<Long, String> groupNames() {
		return groups.groups().stream().collect(Collectors.toMap(GroupView::id, GroupView::name));
	}

	private List<ActionItemView> views(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<OwnerRow>> owners = owners(ids);
		Map<Long, List<EventRow>> events = events(ids);
		Set<Long> personIds = new HashSet<>();
		owners.values()
			.forEach(list -> list.stream().map(OwnerRow::personId).filter(p -> p != null).forEach(personIds::add));
		Map<Long, String> personNames = directory.personNames(personIds);
		Map<Long, String> organisationNames = directory.organisationNames();
		Map<Long, String> groupNames = groupNames();
		List<ActionItemView> result = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<OwnerView> ownerViews = owners.getOrDefault(row.id(), List.of())
				.stream()
				.map(o -> new OwnerView(o.personId(), o.organisationId(),
						o.personId() != null ? personNames.getOrDefault(o.personId(), "?")
								: o.organisationId() != null ? organisationNames.getOrDefault(o.organisationId(), "?")
										: o.label()))
				.toList();
			List<ActionEventView> history = events.getOrDefault(row.id(), List.of())
				.stream()
				.map(EventRow::view)
				.toList();
			result.add(new ActionItemView(row.id(), row.groupId(), groupNames.getOrDefault(row.groupId(), "?"),
					row.meetingId(), row.meetingDate(), row.agendaItemId(), row.what(), ownerViews, row.due(),
					row.status(), history));
		}
		return result;
	}

	private Map<Long, List<OwnerRow>> owners(List<Long> ids) {
		Map<Long, List<OwnerRow>> result = new HashMap<>();
		jdbc.sql("""
				SELECT action_item_id, person_id, organisation_id, label FROM meetings_action_owner
				WHERE action_item_id IN (:ids) ORDER BY label NULLS FIRST
				""")
			.param("ids", ids)
			.query((rs, i) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new OwnerRow(longOrNull(rs, 2), longOrNull(rs, 3), rs.getString(4))))
			.list();
		return result;
	}

	private Map<Long, List<EventRow>> events(List<Long> ids) {
		Map<Long, List<EventRow>> result = new HashMap<>();
		jdbc.sql(
				"""
						SELECT e.action_item_id, e.occurred_at, e.kind, e.meeting_id, m.meeting_date, e.actor, e.note, e.due_date
						FROM meetings_action_event e LEFT JOIN meetings_meeting m ON m.id = e.meeting_id
						WHERE e.action_item_id IN (:ids) ORDER BY e.occurred_at
						""")
			.param("ids", ids)
			.query((rs, i) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new EventRow(new ActionEventView(rs.getTimestamp(2).toInstant(),
						ActionEventKind.valueOf(rs.getString(3)), longOrNull(rs, 4), rs.getObject(5, LocalDate.class),
						rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class)))))
			.list();
		return result;
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		DueKind kind = DueKind.valueOf(rs.getString(7));
		return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class), longOrNull(rs, 5),
				rs.getString(6), new Due(kind, rs.getObject(8, LocalDate.class), rs.getString(9)),
				ActionStatus.valueOf(rs.getString(10)));
	}

	private static Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private record Row(long id, long groupId, long meetingId, LocalDate meetingDate, Long agendaItemId, String what,
			Due due, ActionStatus status) {

		ActionSummary summary(Map<Long, String> groupNames) {
			return new ActionSummary(id, groupId, groupNames.getOrDefault(groupId, "?"), meetingId, meetingDate, what,
					due, status);
		}

	}

	private record CountedRow(Row row, int total) {
	}

	private record OwnerRow(Long personId, Long organisationId, String label) {
	}

	private record EventRow(ActionEventView view) {
	}

}
