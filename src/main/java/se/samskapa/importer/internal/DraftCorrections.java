package se.samskapa.importer.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportDraft.DraftPerson;
import se.samskapa.importer.parsing.KnownPerson;
import se.samskapa.importer.parsing.InMemoryPeopleIndex;

/**
 * Applies what the coordinator typed to the names of a draft: a name that is someone in
 * the directory becomes that person, a name left as written keeps its candidates, any
 * other name becomes a new person.
 */
final class DraftCorrections {

	private final InMemoryPeopleIndex people;

	private final Set<Long> ids;

	DraftCorrections(InMemoryPeopleIndex people) {
		this.people = people;
		this.ids = people.people().stream().map(p -> Long.valueOf(p.id())).collect(Collectors.toSet());
	}

	ImportDraft apply(ImportDraft draft) {
		return draft.withPeople(draft.present().stream().map(this::person).filter(Objects::nonNull).toList(),
				draft.absent().stream().map(this::person).filter(Objects::nonNull).toList(), person(draft.noteTaker()),
				person(draft.adjuster()));
	}

	/**
	 * @param person as the form gave it: {@code personId} set where the coordinator chose
	 * a candidate, {@code name} as typed; {@code null} or a blank name drops it
	 */
	DraftPerson person(DraftPerson person) {
		if (person == null || ((person.name() == null || person.name().isBlank()) && person.personId() == null)) {
			return null;
		}
		if (person.personId() != null && ids.contains(person.personId())) {
			return person;
		}
		if (person.name() == null || person.name().isBlank()) {
			// An id that is no one (merged away since, or made up): nothing to go by.
			return null;
		}
		String name = person.name().strip().replaceAll("\\s+", " ");
		List<KnownPerson> found = people.findByName(name);
		if (found.isEmpty()) {
			found = people.findByAlias(name);
		}
		if (found.size() == 1) {
			KnownPerson known = found.get(0);
			return new DraftPerson(person.written(), person.organisation(), Long.valueOf(known.id()), known.name(),
					"CHOSEN", List.of());
		}
		if (found.size() > 1) {
			return new DraftPerson(person.written(), person.organisation(), null, name, null,
					found.stream().map(p -> new ImportDraft.Candidate(Long.parseLong(p.id()), p.name())).toList());
		}
		boolean unchanged = person.written() != null && name.equalsIgnoreCase(person.written().strip());
		if (unchanged && !person.candidates().isEmpty()) {
			return new DraftPerson(person.written(), person.organisation(), null, name, null, person.candidates());
		}
		return new DraftPerson(person.written(), person.organisation(), null, name, null, List.of());
	}

}
