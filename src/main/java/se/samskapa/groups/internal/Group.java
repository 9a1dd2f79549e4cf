package se.samskapa.groups.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.RuleException;
import se.samskapa.groups.WeekParity;

@Table("groups_group")
public class Group {

	@Id
	private Long id;

	private String slug;

	private String name;

	private GroupKind kind;

	private Long reportsToId;

	private String description;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "group_id")
	private Set<Membership> members = new LinkedHashSet<>();

	@MappedCollection(idColumn = "group_id")
	private Rule rule;

	@MappedCollection(idColumn = "group_id")
	private Set<Deviation> exceptions = new LinkedHashSet<>();

	Group() {
	}

	public Group(String slug, String name, GroupKind kind, Long reportsToId, String description) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.reportsToId = reportsToId;
		this.description = description;
	}

	public Long getId() {
		return id;
	}

	public void describe(String name, GroupKind kind, Long reportsToId, String description) {
		this.name = name;
		this.kind = kind;
		this.reportsToId = reportsToId;
		this.description = description;
	}

	/** Adds a member, or changes the role and organisation of one already there. */
	public void putMember(long personId, GroupRole role, Long organisationId, LocalDate joinedOn) {
		// An existing member keeps the day they joined, even when that day is unknown.
		Optional<Membership> existing = members.stream().filter(m -> m.personId() == personId).findFirst();
		LocalDate since = existing.isPresent() ? existing.get().joinedOn() : joinedOn;
		removeMember(personId);
		members.add(new Membership(personId, role, organisationId, since));
	}

	public void removeMember(long personId) {
		members.removeIf(m -> m.personId() == personId);
	}

	/**
	 * Moves a merged duplicate's membership to the survivor, keeping the stronger role.
	 */
	public boolean replacePerson(long duplicateId, long survivorId) {
		Optional<Membership> duplicate = members.stream().filter(m -> m.personId() == duplicateId).findFirst();
		if (duplicate.isEmpty()) {
			return false;
		}
		Optional<Membership> survivor = members.stream().filter(m -> m.personId() == survivorId).findFirst();
		removeMember(duplicateId);
		if (survivor.isEmpty() || duplicate.get().role().ordinal() < survivor.get().role().ordinal()) {
			removeMember(survivorId);
			members.add(new Membership(survivorId, duplicate.get().role(), duplicate.get().organisationId(),
					duplicate.get().joinedOn()));
		}
		return true;
	}

	public void setRule(MeetingRule meetingRule) {
		this.rule = meetingRule == null ? null : new Rule(meetingRule.weekday().getValue(), meetingRule.parity(),
				meetingRule.start(), meetingRule.end(), meetingRule.place(), meetingRule.validFrom());
	}

	public void putException(RuleException exception) {
		removeException(exception.occurrenceDate());
		exceptions.add(new Deviation(exception.occurrenceDate(), exception.kind(), exception.newDate(),
				exception.newStart(), exception.newEnd(), exception.newPlace(), exception.note()));
	}

	public void removeException(LocalDate occurrenceDate) {
		exceptions.removeIf(e -> e.occurrenceDate().equals(occurrenceDate));
	}

	public GroupView toView() {
		return new GroupView(id, slug, name, kind, reportsToId, description);
	}

	public Optional<MeetingRule> meetingRule() {
		return Optional.ofNullable(rule)
			.map(r -> new MeetingRule(DayOfWeek.of(r.weekday()), r.weekParity(), r.startTime(), r.endTime(), r.place(),
					r.validFrom()));
	}

	public List<RuleException> ruleExceptions() {
		return exceptions.stream()
			.sorted(Comparator.comparing(Deviation::occurrenceDate))
			.map(e -> new RuleException(e.occurrenceDate(), e.kind(), e.newDate(), e.newStart(), e.newEnd(),
					e.newPlace(), e.note()))
			.toList();
	}

	@Table("groups_membership")
	record Membership(long personId, GroupRole role, Long organisationId, LocalDate joinedOn) {
	}

	@Table("groups_meeting_rule")
	record Rule(int weekday, WeekParity weekParity, LocalTime startTime, LocalTime endTime, String place,
			LocalDate validFrom) {
	}

	@Table("groups_rule_exception")
	record Deviation(LocalDate occurrenceDate, RuleException.Kind kind, LocalDate newDate, LocalTime newStart,
			LocalTime newEnd, String newPlace, String note) {
	}

}
