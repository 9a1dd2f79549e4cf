package se.samskapa.importer.parsing;

import java.util.ArrayList;
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

	private final List<KnownOrganisation> organisations;

	private InMemoryPeopleIndex(List<KnownPerson> people, List<KnownOrganisation> organisations) {
		this.people = List.copyOf(people);
		this.organisations = List.copyOf(organisations);
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<KnownPerson> people() {
		return this.people;
	}

	@Override
	public List<KnownPerson> findByName(String name) {
		String key = Text.key(name);
		return this.people.stream().filter((person) -> Text.key(person.name()).equals(key)).toList();
	}

	@Override
	public List<KnownPerson> findByAlias(String alias) {
		String key = Text.key(alias);
		return this.people.stream()
			.filter((person) -> person.aliases().stream().anyMatch((a) -> Text.key(a).equals(key)))
			.toList();
	}

	@Override
	public List<KnownPerson> findByFirstName(String firstName) {
		String key = Text.key(firstName);
		return this.people.stream().filter((person) -> Text.key(person.firstName()).equals(key)).toList();
	}

	@Override
	public List<KnownPerson> findSimilar(String name) {
		return this.people;
	}

	@Override
	public Optional<KnownOrganisation> findOrganisation(String nameOrAbbreviation) {
		String key = Text.key(nameOrAbbreviation);
		return this.organisations.stream()
			.filter((org) -> Text.key(org.name()).equals(key)
					|| (org.shortName() != null && Text.key(org.shortName()).equals(key))
					|| org.aliases().stream().anyMatch((a) -> Text.key(a).equals(key)))
			.findFirst();
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
