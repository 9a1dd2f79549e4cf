package se.samskapa.importer.parsing;

import java.util.List;
import java.util.Optional;

/**
 * What the parser may ask of the directory to resolve names. Every look-up ignores case
 * and extra white space. The importer implements it over the database;
 * {@link InMemoryPeopleIndex} serves tests and the command line. The resolution order
 * itself lives in {@link NameResolver}, so implementations only find.
 */
public interface PeopleIndex {

	/** People whose full name is {@code name}. */
	List<KnownPerson> findByName(String name);

	/** People with {@code alias} among their aliases. */
	List<KnownPerson> findByAlias(String alias);

	/** People whose first name (the first word of the full name) is {@code firstName}. */
	List<KnownPerson> findByFirstName(String firstName);

	/**
	 * A cheap pre-selection of people whose name might be a misspelling of {@code name}
	 * (for example the same first letter, or a trigram match); the resolver narrows it
	 * down by edit distance.
	 */
	List<KnownPerson> findSimilar(String name);

	/** The organisation with this name, abbreviation or alias. */
	Optional<KnownOrganisation> findOrganisation(String nameOrAbbreviation);

	/** An index that knows nobody: every name comes out as written. */
	static PeopleIndex empty() {
		return InMemoryPeopleIndex.builder().build();
	}

}
