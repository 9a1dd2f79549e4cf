package se.samskapa.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MemberView;
import se.samskapa.importer.parsing.InMemoryPeopleIndex;
import se.samskapa.importer.parsing.KnownOrganisation;
import se.samskapa.importer.parsing.KnownPerson;

/**
 * The directory as the minutes parser sees it: everyone with their aliases and groups,
 * and the organisations with their abbreviations, keyed by the directory's ids. Taken
 * once per batch: a city's directory is a few hundred people, and a batch sees one state
 * of it.
 */
@Component
class DirectoryPeopleIndex {

	private final DirectoryManagement directory;

	private final GroupManagement groups;

	DirectoryPeopleIndex(DirectoryManagement directory, GroupManagement groups) {
		this.directory = directory;
		this.groups = groups;
	}

	InMemoryPeopleIndex snapshot() {
		Map<Long, List<String>> groupsOf = new HashMap<>();
		for (GroupView group : groups.groups()) {
			for (MemberView member : groups.members(group.id())) {
				groupsOf.computeIfAbsent(member.personId(), k -> new ArrayList<>()).add(group.name());
			}
		}
		List<KnownPerson> people = directory.people()
			.stream()
			.map(p -> new KnownPerson(String.valueOf(p.id()), p.fullName(), p.aliases(),
					new HashSet<>(groupsOf.getOrDefault(p.id(), List.of()))))
			.toList();
		List<KnownOrganisation> organisations = directory.organisations()
			.stream()
			.map(o -> new KnownOrganisation(String.valueOf(o.id()), o.name(), o.shortName(), o.aliases()))
			.toList();
		return InMemoryPeopleIndex.of(people, organisations);
	}

}
