package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link PeopleIndex} held in memory, for tests and the command line. Build it with
 * {@link #builder()}: people with their aliases, group memberships, organisations.
 */
public final class InMemoryPeopleIndex implements PeopleIndex {

	private final List<KnownPerson> people;

	private final Map<String, List<KnownPerson>> byName = new HashMap<>();

	private final Map<String, List<KnownPerson>> byAlias = new HashMap<>();

	private final Map<String, List<KnownPerson>> byFirstName = new HashMap<>();

	private final Map<String, KnownOrganisation> organisations = new HashMap<>();

	private InMemoryPeopleIndex(List<KnownPerson> people, List<KnownOrganisation> organisations) {
		this.people = List.copyOf(people);
		for (KnownPerson person : this.people) {
			this.byName.computeIfAbsent(Text.key(person.name()), (k) -> new ArrayList<>()).add(person);
			this.byFirstName.computeIfAbsent(Text.key(person.firstName()), (k) -> new ArrayList<>()).add(person);
			for (String alias : person.aliases()) {
				this.byAlias.computeIfAbsent(Text.key(alias), (k) -> new ArrayList<>()).add(person);
			}
		}
		for (KnownOrganisation org : organisations) {
			this.organisations.putIfAbsent(Text.key(org.name()), org);
			if (org.shortName() != null) {
				this.organisations.putIfAbsent(Text.key(org.shortName()), org);
			}
			org.aliases().forEach((alias) -> this.organisations.putIfAbsent(Text.key(alias), org));
		}
	}

	/**
	 * An index over people and organisations as the directory holds them, keyed by the
	 * directory's ids.
	 */
	public static InMemoryPeopleIndex of(List<KnownPerson> people, List<KnownOrganisation> organisations) {
		return new InMemoryPeopleIndex(people, organisations);
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<KnownPerson> people() {
		return this.people;
	}

	@Override
	public List<KnownPerson> findByName(String name) {
		return this.byName.getOrDefault(Text.key(name), List.of());
	}

	@Override
	public List<KnownPerson> findByAlias(String alias) {
		return this.byAlias.getOrDefault(Text.key(alias), List.of());
	}

	@Override
	public List<KnownPerson> findByFirstName(String firstName) {
		return this.byFirstName.getOrDefault(Text.key(firstName), List.of());
	}

	@Override
	public List<KnownPerson> findSimilar(String name) {
		return this.people;
	}

	@Override
	public Optional<KnownOrganisation> findOrganisation(String nameOrAbbreviation) {
		return Optional.ofNullable(this.organisations.get(Text.key(nameOrAbbreviation)));
	}

	/**
	 * Collects people, memberships and organisations; later calls add to earlier ones.
	 */
	public static final class Builder {

		private final Map<String, String> names = new LinkedHashMap<>();

		private final Map<String, Set<String>> aliases = new LinkedHashMap<>();

		private final Map<String, Set<String>> groups = new LinkedHashMap<>();

		private final List<KnownOrganisation> organisations = new ArrayList<>();

		private Builder() {
		}

		public Builder person(String name, String... personAliases) {
			String key = Text.key(name);
			this.names.putIfAbsent(key, name);
			this.aliases.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(List.of(personAliases));
			this.groups.computeIfAbsent(key, (k) -> new LinkedHashSet<>());
			return this;
		}

		public Builder member(String group, String personName) {
			person(personName);
			this.groups.get(Text.key(personName)).add(group);
			return this;
		}

		public Builder organisation(String name, String shortName, String... orgAliases) {
			this.organisations.add(new KnownOrganisation(name, name, shortName, List.of(orgAliases)));
			return this;
		}

		public InMemoryPeopleIndex build() {
			List<KnownPerson> people = new ArrayList<>();
			this.names.forEach((key, name) -> people
				.add(new KnownPerson(name, name, List.copyOf(this.aliases.get(key)), this.groups.get(key))));
			return new InMemoryPeopleIndex(people, this.organisations);
		}

	}

}
