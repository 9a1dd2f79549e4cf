package se.samskapa.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.OrganisationKind;
import se.samskapa.directory.OrganisationView;
import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.Occurrence;
import se.samskapa.groups.RuleException;
import se.samskapa.groups.WeekParity;

/** Enters the demo organisations, people and groups, and remembers their ids by name. */
class DemoDirectory {

	private final DirectoryManagement directory;

	private final GroupManagement groups;

	private final Map<String, Long> organisations = new HashMap<>();

	private final Map<String, Long> people = new HashMap<>();

	private final Map<String, Long> groupIds = new HashMap<>();

	DemoDirectory(DirectoryManagement directory, GroupManagement groups) {
		this.directory = directory;
		this.groups = groups;
	}

	void load(DemoFiles.Directory data) {
		for (DemoFiles.Organisation o : data.organisations()) {
			OrganisationView created = directory.createOrganisation(o.name(), o.shortName(),
					OrganisationKind.valueOf(o.kind()), o.aliases());
			organisations.put(o.name(), created.id());
		}
		for (DemoFiles.Person p : data.people()) {
			long id = directory.createPerson(p.name()).id();
			people.put(p.name(), id);
			p.aliases().forEach(alias -> directory.addAlias(id, alias));
			for (DemoFiles.Affiliation a : p.affiliations()) {
				directory.addAffiliation(id, a.organisation() == null ? null : organisations.get(a.organisation()),
						a.title(), date(a.from()), date(a.to()));
			}
		}
		for (DemoFiles.Group g : data.groups()) {
			Long reportsTo = g.reportsTo() == null ? null : groupIds.get(g.reportsTo());
			long id = groups.createGroup(g.name(), GroupKind.valueOf(g.kind()), reportsTo, g.description()).id();
			groupIds.put(g.name(), id);
			for (List<String> member : g.members()) {
				groups.putMember(id, person(member.get(0)), GroupRole.valueOf(member.get(1)),
						member.get(2) == null ? null : organisations.get(member.get(2)), null);
			}
		}
	}

	/**
	 * The group's rule, valid from the given day, and its exception near a day of the
	 * year.
	 */
	void setRule(DemoFiles.Group g, LocalDate validFrom, DemoDates dates) {
		DemoFiles.Rule r = g.rule();
		long id = group(g.name());
		groups.setRule(id, new MeetingRule(DayOfWeek.valueOf(r.weekday()), WeekParity.valueOf(r.parity()),
				LocalTime.parse(r.start()), LocalTime.parse(r.end()), r.place(), validFrom));
		if (g.exception() != null) {
			LocalDate near = dates.inDemoYear(MonthDay.parse("--" + g.exception().near()));
			Optional<Occurrence> nearest = groups.occurrences(id, near.minusDays(7), near.plusDays(7))
				.stream()
				.min(Comparator.comparingLong(o -> Math.abs(o.ruleDate().toEpochDay() - near.toEpochDay())));
			nearest.ifPresent(o -> groups.putException(id,
					RuleException.moved(o.ruleDate(), o.ruleDate().plusDays(1), null, null, g.exception().note())));
		}
	}

	long person(String name) {
		Long id = people.get(name);
		if (id == null) {
			throw new IllegalArgumentException("No demo person " + name);
		}
		return id;
	}

	Optional<Long> personIfKnown(String name) {
		return Optional.ofNullable(people.get(name));
	}

	Optional<Long> organisation(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(organisations.get(name))
			.or(() -> directory.findOrganisation(name).map(OrganisationView::id));
	}

	long group(String name) {
		return groupIds.get(name);
	}

	private static LocalDate date(String iso) {
		return iso == null ? null : LocalDate.parse(iso);
	}

}
