package se.samskapa.groups;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.PeopleMerged;
import se.samskapa.groups.internal.Group;
import se.samskapa.groups.internal.GroupQueries;
import se.samskapa.groups.internal.GroupRepository;
import se.samskapa.shared.ChangeAwareCache;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;
import se.samskapa.shared.Slugs;

/**
 * The groups module's public service: groups, members and roles, and the rule that says
 * when each group meets.
 */
@Service
@Transactional(readOnly = true)
public class GroupManagement {

	private final GroupRepository groups;

	private final ApplicationEventPublisher events;

	private final GroupQueries queries;

	// One entry; a minute at most, for a change made elsewhere (another node, the
	// command-line importer). Where a missing group would break a page, groups(ids)
	// reads the list anew.
	private final ChangeAwareCache<Boolean, List<GroupView>> allGroups = new ChangeAwareCache<>(1,
			Duration.ofMinutes(1));

	/**
	 * Every group's rule and exceptions. Kept like the groups, for the lists of coming
	 * meetings (the start page, Mina sidor, the calendars), which would otherwise read
	 * both tables for every page; forgotten when a rule or an exception changes here, and
	 * after a minute for a change made elsewhere. Preparing a meeting reads the rule from
	 * the database.
	 */
	private final ChangeAwareCache<Boolean, Schedules> schedules = new ChangeAwareCache<>(1, Duration.ofMinutes(1));

	private record Schedules(Map<Long, MeetingRule> rules, Map<Long, List<RuleException>> exceptions) {
	}

	GroupManagement(GroupRepository groups, GroupQueries queries, ApplicationEventPublisher events) {
		this.groups = groups;
		this.queries = queries;
		this.events = events;
	}

	/**
	 * Standing groups first, then working groups, each by name. Kept until one is created
	 * or described anew: they are few, and every page that names an action's or a
	 * meeting's group, or offers a group filter, asks for them.
	 */
	public List<GroupView> groups() {
		return allGroups.get(Boolean.TRUE, () -> List.copyOf(queries.groups()));
	}

	/**
	 * The groups with these ids, in the order of {@link #groups()}. A group the kept list
	 * lacks was made a moment ago on another node: the list is then read anew.
	 */
	public List<GroupView> groups(Collection<Long> ids) {
		Set<Long> wanted = Set.copyOf(ids);
		Predicate<GroupView> asked = g -> wanted.contains(g.id());
		List<GroupView> found = groups().stream().filter(asked).toList();
		if (found.size() < wanted.size()) {
			allGroups.changed();
			found = groups().stream().filter(asked).toList();
		}
		return found;
	}

	public Optional<GroupView> group(long id) {
		return queries.group(id);
	}

	public Optional<GroupView> groupBySlug(String slug) {
		return queries.groupBySlug(slug);
	}

	/** The groups a person is a member of. */
	public List<GroupView> groupsOf(long personId) {
		return queries.groupsOf(personId);
	}

	/** Working groups that report to the given group. */
	public List<GroupView> workingGroupsOf(long groupId) {
		return workingGroupsOf(groupId, groups());
	}

	private static List<GroupView> workingGroupsOf(long groupId, List<GroupView> among) {
		return among.stream().filter(g -> Long.valueOf(groupId).equals(g.reportsToId())).toList();
	}

	public List<MemberView> members(long groupId) {
		return queries.members(groupId);
	}

	/** The person's role in the group, if they are a member. */
	public Optional<GroupRole> roleOf(long groupId, Long personId) {
		if (personId == null) {
			return Optional.empty();
		}
		return queries.roleOf(groupId, personId);
	}

	public Optional<MeetingRule> rule(long groupId) {
		return queries.rule(groupId);
	}

	public List<RuleException> ruleExceptions(long groupId) {
		return queries.exceptions(groupId);
	}

	/** The meetings the group's rule gives in the period, with exceptions applied. */
	public List<Occurrence> occurrences(long groupId, LocalDate from, LocalDate to) {
		return queries.rule(groupId)
			.map(rule -> rule.occurrences(from, to, queries.exceptions(groupId)))
			.orElse(List.of());
	}

	/**
	 * The regular meetings of several groups from {@code from} to {@code to}, by group; a
	 * group without a rule has none.
	 */
	public Map<Long, List<Occurrence>> occurrences(Collection<Long> groupIds, LocalDate from, LocalDate to) {
		Schedules all = schedules.get(Boolean.TRUE,
				() -> new Schedules(Map.copyOf(queries.rules()), Map.copyOf(queries.exceptions())));
		Map<Long, List<Occurrence>> occurrences = new HashMap<>();
		for (Long groupId : groupIds) {
			MeetingRule rule = all.rules().get(groupId);
			if (rule != null) {
				occurrences.put(groupId, rule.occurrences(from, to, all.exceptions().getOrDefault(groupId, List.of())));
			}
		}
		return occurrences;
	}

	/** The person's role in each group they belong to, by group. */
	public Map<Long, GroupRole> rolesOf(long personId) {
		return queries.rolesOf(personId);
	}

	/** The group's next regular meeting on or after the given day, if it has a rule. */
	public Optional<Occurrence> nextOccurrence(long groupId, LocalDate onOrAfter) {
		return queries.rule(groupId).flatMap(rule -> rule.next(onOrAfter, queries.exceptions(groupId)));
	}

	@Transactional
	public GroupView createGroup(String name, GroupKind kind, Long reportsToId, String description) {
		requireFreeName(name, null);
		Long reportsTo = reportsTo(kind, reportsToId);
		allGroups.changed();
		return groups.save(new Group(uniqueSlug(name), name.trim(), kind, reportsTo, blankToNull(description)))
			.toView();
	}

	/**
	 * Renames and redescribes a group. Its slug stays, so links to the group keep
	 * working.
	 */
	@Transactional
	public GroupView describeGroup(long groupId, String name, GroupKind kind, Long reportsToId, String description) {
		if (reportsToId != null && reportsToId == groupId && kind == GroupKind.WORKING) {
			throw new RuleViolation("group.reports.to.itself");
		}
		requireFreeName(name, groupId);
		// From the database, not the kept list: a working group made on another node a
		// moment ago counts.
		if (kind == GroupKind.WORKING && !workingGroupsOf(groupId, queries.groups()).isEmpty()) {
			throw new RuleViolation("group.has.working.groups");
		}
		Group group = load(groupId);
		allGroups.changed();
		group.describe(name.trim(), kind, reportsTo(kind, reportsToId), blankToNull(description));
		return groups.save(group).toView();
	}

	@Transactional
	public void putMember(long groupId, long personId, GroupRole role, Long organisationId, LocalDate joinedOn) {
		Group group = load(groupId);
		group.putMember(personId, role, organisationId, joinedOn);
		groups.save(group);
	}

	@Transactional
	public void removeMember(long groupId, long personId) {
		Group group = load(groupId);
		group.removeMember(personId);
		groups.save(group);
	}

	@Transactional
	public void setRule(long groupId, MeetingRule rule) {
		Group group = load(groupId);
		group.setRule(rule);
		groups.save(group);
		schedules.changed();
		events.publishEvent(new MeetingTimesChanged(groupId));
	}

	@Transactional
	public void putException(long groupId, RuleException exception) {
		Group group = load(groupId);
		MeetingRule rule = group.meetingRule().orElseThrow(() -> new RuleViolation("rule.missing"));
		if (!rule.fallsOn(exception.occurrenceDate())) {
			throw new RuleViolation("rule.exception.not.occurrence");
		}
		if (exception.kind() == RuleException.Kind.MOVED) {
			LocalTime start = exception.newStart() != null ? exception.newStart() : rule.start();
			LocalTime end = exception.newEnd() != null ? exception.newEnd() : rule.end();
			if (!end.isAfter(start)) {
				throw new RuleViolation("rule.exception.end.before.start");
			}
		}
		group.putException(exception);
		groups.save(group);
		schedules.changed();
		events.publishEvent(new MeetingTimesChanged(groupId));
	}

	@Transactional
	public void removeException(long groupId, LocalDate occurrenceDate) {
		Group group = load(groupId);
		group.removeException(occurrenceDate);
		groups.save(group);
		schedules.changed();
		events.publishEvent(new MeetingTimesChanged(groupId));
	}

	@ApplicationModuleListener
	void on(PeopleMerged event) {
		for (Group group : groups.findAllWithPerson(event.duplicateId())) {
			if (group.replacePerson(event.duplicateId(), event.survivorId())) {
				groups.save(group);
			}
		}
	}

	private void requireFreeName(String name, Long exceptGroupId) {
		String wanted = name.trim();
		if (groups.findAll()
			.stream()
			.anyMatch(g -> !g.getId().equals(exceptGroupId) && g.toView().name().equalsIgnoreCase(wanted))) {
			throw new RuleViolation("group.name.taken");
		}
	}

	/**
	 * Only a working group reports, and only to a standing group; a standing group's
	 * choice is dropped rather than refused, since the form always offers the field.
	 */
	private Long reportsTo(GroupKind kind, Long reportsToId) {
		if (kind != GroupKind.WORKING || reportsToId == null) {
			return null;
		}
		GroupView target = group(reportsToId).orElseThrow(() -> new RuleViolation("group.reports.to.standing"));
		if (target.kind() != GroupKind.STANDING) {
			throw new RuleViolation("group.reports.to.standing");
		}
		return reportsToId;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private Group load(long groupId) {
		return groups.findById(groupId).orElseThrow(() -> NotFoundException.of("group", groupId));
	}

	private String uniqueSlug(String name) {
		String base = slugOf(name);
		String slug = base;
		for (int i = 2; groups.findBySlug(slug).isPresent(); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	/** "Ledningsgrupp för utveckling" becomes "ledningsgrupp-for-utveckling". */
	static String slugOf(String name) {
		return Slugs.of(name, "grupp");
	}

}
