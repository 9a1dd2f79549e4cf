package se.samskapa.groups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.MemberView;
import se.samskapa.groups.RuleException;
import se.samskapa.groups.WeekParity;

/**
 * The read side of groups in one query each. Pages ask for groups, members and rules many
 * times per request; loading whole aggregates (members, rule and exceptions) for each
 * would cost several queries a time.
 */
@Component
public class GroupQueries {

	private static final String GROUP = "SELECT id, slug, name, kind, reports_to_id, description FROM groups_group ";

	private final JdbcClient jdbc;

	GroupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<GroupView> groups() {
		return jdbc.sql(GROUP + "ORDER BY kind, name").query(GroupQueries::group).list();
	}

	public Optional<GroupView> group(long id) {
		return jdbc.sql(GROUP + "WHERE id = :id").param("id", id).query(GroupQueries::group).optional();
	}

	public Optional<GroupView> groupBySlug(String slug) {
		return jdbc.sql(GROUP + "WHERE slug = :slug").param("slug", slug).query(GroupQueries::group).optional();
	}

	public List<GroupView> groupsOf(long personId) {
		return jdbc
			.sql(GROUP + "WHERE id IN (SELECT group_id FROM groups_membership WHERE person_id = :personId) "
					+ "ORDER BY kind, name")
			.param("personId", personId)
			.query(GroupQueries::group)
			.list();
	}

	public List<MemberView> members(long groupId) {
		return jdbc.sql("""
				SELECT person_id, role, organisation_id FROM groups_membership WHERE group_id = :groupId
				ORDER BY CASE role WHEN 'CHAIR' THEN 0 WHEN 'NOTE_TAKER' THEN 1 ELSE 2 END, person_id
				""")
			.param("groupId", groupId)
			.query((rs, i) -> new MemberView(rs.getLong(1), GroupRole.valueOf(rs.getString(2)), longOrNull(rs, 3)))
			.list();
	}

	public Optional<GroupRole> roleOf(long groupId, long personId) {
		return jdbc.sql("SELECT role FROM groups_membership WHERE group_id = :groupId AND person_id = :personId")
			.param("groupId", groupId)
			.param("personId", personId)
			.query(String.class)
			.optional()
			.map(GroupRole::valueOf);
	}

	public Optional<MeetingRule> rule(long groupId) {
		return Optional.ofNullable(rules(List.of(groupId)).get(groupId));
	}

	public List<RuleException> exceptions(long groupId) {
		return exceptions(List.of(groupId)).getOrDefault(groupId, List.of());
	}

	/** The rules of the groups that have one, by group. */
	public Map<Long, MeetingRule> rules(Collection<Long> groupIds) {
		return groupIds.isEmpty() ? Map.of() : rules("WHERE group_id IN (:groupIds)", Map.of("groupIds", groupIds));
	}

	/** Every group's rule, by group. */
	public Map<Long, MeetingRule> rules() {
		return rules("", Map.of());
	}

	/** The exceptions to the groups' rules, by group, each group's in date order. */
	public Map<Long, List<RuleException>> exceptions(Collection<Long> groupIds) {
		return groupIds.isEmpty() ? Map.of()
				: exceptions("WHERE group_id IN (:groupIds)", Map.of("groupIds", groupIds));
	}

	/** The exceptions to every group's rule, by group, each group's in date order. */
	public Map<Long, List<RuleException>> exceptions() {
		return exceptions("", Map.of());
	}

	private Map<Long, MeetingRule> rules(String where, Map<String, ?> parameters) {
		Map<Long, MeetingRule> rules = new HashMap<>();
		jdbc.sql("""
				SELECT group_id, weekday, week_parity, start_time, end_time, place, valid_from
				FROM groups_meeting_rule
				""" + where).params(parameters).query(rs -> {
			rules.put(rs.getLong(1),
					new MeetingRule(DayOfWeek.of(rs.getInt(2)), WeekParity.valueOf(rs.getString(3)),
							rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6),
							rs.getObject(7, LocalDate.class)));
		});
		return rules;
	}

	private Map<Long, List<RuleException>> exceptions(String where, Map<String, ?> parameters) {
		Map<Long, List<RuleException>> exceptions = new HashMap<>();
		jdbc.sql("""
				SELECT group_id, occurrence_date, kind, new_date, new_start, new_end, new_place, note
				FROM groups_rule_exception
				""" + where + " ORDER BY group_id, occurrence_date").params(parameters).query(rs -> {
			exceptions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new RuleException(rs.getObject(2, LocalDate.class), RuleException.Kind.valueOf(rs.getString(3)),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class),
						rs.getObject(6, LocalTime.class), rs.getString(7), rs.getString(8)));
		});
		return exceptions;
	}

	/** The person's role in each group they belong to. */
	public Map<Long, GroupRole> rolesOf(long personId) {
		Map<Long, GroupRole> roles = new HashMap<>();
		jdbc.sql("SELECT group_id, role FROM groups_membership WHERE person_id = :personId")
			.param("personId", personId)
			.query(rs -> {
				roles.put(rs.getLong(1), GroupRole.valueOf(rs.getString(2)));
			});
		return roles;
	}

	private static GroupView group(ResultSet rs, int row) throws SQLException {
		return new GroupView(rs.getLong(1), rs.getString(2), rs.getString(3), GroupKind.valueOf(rs.getString(4)),
				longOrNull(rs, 5), rs.getString(6));
	}

	private static Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
