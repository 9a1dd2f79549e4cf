package se.samskapa.directory;

import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.internal.AccountRepository;
import se.samskapa.directory.internal.Organisation;
import se.samskapa.directory.internal.OrganisationRepository;
import se.samskapa.directory.internal.OrganisationQueries;
import se.samskapa.directory.internal.PeopleQueries;
import se.samskapa.directory.internal.Person;
import se.samskapa.directory.internal.PersonRepository;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.ChangeAwareCache;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The directory's public service: organisations and people, their names, aliases and
 * affiliations, and the merging of duplicates.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryManagement {

	private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final AccountRepository accounts;

	private final PeopleQueries peopleQueries;

	private final OrganisationQueries organisationQueries;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	// One entry; a minute at most, for a change made from outside (the command-line
	// importer).
	private final ChangeAwareCache<Boolean, List<OrganisationView>> sortedOrganisations = new ChangeAwareCache<>(1,
			Duration.ofMinutes(1));

	DirectoryManagement(OrganisationRepository organisations, PersonRepository people, PeopleQueries peopleQueries,
			OrganisationQueries organisationQueries, AccountRepository accounts, JdbcClient jdbc,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.people = people;
		this.peopleQueries = peopleQueries;
		this.organisationQueries = organisationQueries;
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	// Organisations

	/**
	 * All organisations, sorted the Swedish way (Å, Ä and Ö last). Kept until one
	 * changes: they are few, change seldom, and every coordinator's page with an
	 * organisation filter or an owner field lists them.
	 */
	public List<OrganisationView> organisations() {
		return sortedOrganisations.get(Boolean.TRUE,
				() -> organisationQueries.all()
					.stream()
					.sorted(Comparator.comparing(OrganisationView::name, SWEDISH))
					.toList());
	}

	public Optional<OrganisationView> organisation(long id) {
		return organisations.findById(id).map(Organisation::toView);
	}

	/**
	 * Finds an organisation by its name, short name or an alias (SOF, AMF), ignoring
	 * case.
	 */
	public Optional<OrganisationView> findOrganisation(String nameOrAlias) {
		if (nameOrAlias == null || nameOrAlias.isBlank()) {
			return Optional.empty();
		}
		String wanted = nameOrAlias.trim().toLowerCase(Locale.ROOT);
		return organisations().stream()
			.filter(o -> o.allNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted)))
			.findFirst();
	}

	@Transactional
	public OrganisationView createOrganisation(String name, String shortName, OrganisationKind kind,
			Collection<String> aliases) {
		OrganisationNames.requireFree(organisations(), null, name, shortName, aliases);
		sortedOrganisations.changed();
		Organisation organisation = new Organisation(name.trim(), blankToNull(shortName), kind);
		aliases.forEach(organisation::addAlias);
		return organisations.save(organisation).toView();
	}

	@Transactional
	public OrganisationView updateOrganisation(long id, String name, String shortName, OrganisationKind kind,
			Collection<String> aliases) {
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> NotFoundException.of("organisation", id));
		OrganisationNames.requireFree(organisations(), id, name, shortName, aliases);
		sortedOrganisations.changed();
		organisation.rename(name.trim(), blankToNull(shortName), kind);
		organisation.toView().aliases().forEach(organisation::removeAlias);
		aliases.forEach(organisation::addAlias);
		return organisations.save(organisation).toView();
	}

	// People

	/**
	 * Everyone who is not a merged duplicate, sorted the Swedish way (Å, Ä and Ö last).
	 */
	public List<PersonView> people() {
		return peopleQueries.current(organisationNames())
			.stream()
			.sorted(Comparator.comparing(PersonView::fullName, SWEDISH))
			.toList();
	}

	public Optional<PersonView> person(long id) {
		return people.findById(id).map(p -> p.toView(organisationNames()));
	}

	/**
	 * The people with the given ids, each resolved through merges to the surviving
	 * record, keyed by the id asked for.
	 */
	public Map<Long, PersonView> people(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = organisationNames();
		Map<Long, Person> found = new HashMap<>();
		people.findAllById(ids).forEach(p -> found.put(p.getId(), p));
		Map<Long, PersonView> result = new LinkedHashMap<>();
		for (Long id : ids) {
			Person person = found.get(id);
			int hops = 0;
			while (person != null && person.isMerged() && hops++ < 10) {
				person = people.findById(person.getMergedIntoId()).orElse(null);
			}
			if (person != null) {
				result.put(id, person.toView(names));
			}
		}
		return result;
	}

	/**
	 * Display names for the given people in one query, each resolved through a merge to
	 * the surviving record's name; for pages that only need names.
	 */
	public Map<Long, String> personNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("""
				SELECT p.id, coalesce(s.full_name, p.full_name) FROM directory_person p
				LEFT JOIN directory_person s ON s.id = p.merged_into_id
				WHERE p.id IN (:ids)
				""").param("ids", ids).query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
		return names;
	}

	/** The people affiliated with the organisation on the given day. */
	public java.util.Set<Long> currentMembersOf(long organisationId, LocalDate day) {
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT DISTINCT person_id FROM directory_affiliation
				WHERE organisation_id = :org AND (valid_from IS NULL OR valid_from <= :day)
				  AND (valid_to IS NULL OR valid_to >= :day)
				""").param("org", organisationId).param("day", day).query(Long.class).list());
	}

	/** Every organisation's name by id, in one query. */
	public Map<Long, String> organisationNames() {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("SELECT id, name FROM directory_organisation")
			.query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	/** The survivor's id for a person that may have been merged. */
	public long resolve(long personId) {
		Long current = personId;
		for (int hops = 0; hops < 10; hops++) {
			Optional<Person> person = people.findById(current);
			if (person.isEmpty() || !person.get().isMerged()) {
				return current;
			}
			current = person.get().getMergedIntoId();
		}
		return current;
	}

	/**
	 * People whose name or alias matches the query: exact and prefix matches first, then
	 * similar spellings (Ivan Kuzhik finds Ivan Kuzhikov).
	 */
	public List<PersonView> searchPeople(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		String q = query.trim().toLowerCase(Locale.ROOT);
		List<Long> ids = jdbc.sql("""
				SELECT p.id FROM directory_person p
				LEFT JOIN directory_person_alias a ON a.person_id = p.id
				WHERE p.merged_into_id IS NULL
				  AND (lower(p.full_name) LIKE :prefix OR lower(p.full_name) LIKE :word
				       OR lower(a.alias) LIKE :prefix OR similarity(lower(p.full_name), :q) > 0.3)
				GROUP BY p.id, p.full_name
				ORDER BY max(CASE WHEN lower(p.full_name) = :q OR lower(a.alias) = :q THEN 3
				                  WHEN lower(p.full_name) LIKE :prefix THEN 2 ELSE 0 END
				             + similarity(lower(p.full_name), :q)) DESC, p.full_name
				LIMIT :limit
				""")
			.param("q", q)
			.param("prefix", escapeLike(q) + "%")
			.param("word", "% " + escapeLike(q) + "%")
			.param("limit", limit)
			.query(Long.class)
			.list();
		Map<Long, PersonView> found = people(ids);
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	@Transactional
	public PersonView createPerson(String fullName) {
		return people.save(new Person(fullName)).toView(organisationNames());
	}

	@Transactional
	public PersonView renamePerson(long id, String fullName) {
		return change(id, p -> p.rename(fullName));
	}

	@Transactional
	public PersonView addAlias(long personId, String alias) {
		return change(personId, p -> p.addAlias(alias));
	}

	@Transactional
	public PersonView removeAlias(long personId, String alias) {
		return change(personId, p -> p.removeAlias(alias));
	}

	@Transactional
	public PersonView addAffiliation(long personId, Long organisationId, String title, LocalDate validFrom,
			LocalDate validTo) {
		if (organisationId == null && (title == null || title.isBlank())) {
			throw new IllegalArgumentException("An affiliation needs an organisation or a title");
		}
		return change(personId, p -> p.addAffiliation(organisationId, title, validFrom, validTo));
	}

	@Transactional
	public PersonView removeAffiliation(long personId, Long organisationId, String title, LocalDate validFrom) {
		return change(personId, p -> p.removeAffiliation(organisationId, title, validFrom));
	}

	/**
	 * Merges a duplicate into the survivor: the survivor takes over the duplicate's name
	 * (as an alias), aliases and affiliations; the duplicate stays as a pointer so that
	 * nothing that referred to it is lost, and other modules move their references on
	 * {@link PeopleMerged}.
	 */
	@Transactional
	public PersonView merge(long survivorId, long duplicateId, String actor) {
		if (survivorId == duplicateId) {
			throw new RuleViolation("person.merge.self");
		}
		Person survivor = people.findById(survivorId).orElseThrow(() -> NotFoundException.of("person", survivorId));
		Person duplicate = people.findById(duplicateId).orElseThrow(() -> NotFoundException.of("person", duplicateId));
		if (survivor.isMerged() || duplicate.isMerged()) {
			throw new RuleViolation("person.merge.already");
		}
		survivor.absorb(duplicate);
		people.save(duplicate);
		Person saved = people.save(survivor);
		moveAccount(duplicateId, survivorId);
		audit.record(actor, "person", survivorId, "merged",
				"'" + duplicate.getFullName() + "' (" + duplicateId + ") merged into '" + survivor.getFullName() + "'");
		events.publishEvent(new PeopleMerged(survivorId, duplicateId));
		return saved.toView(organisationNames());
	}

	/**
	 * The duplicate's login now belongs to the survivor, unless the survivor has one of
	 * its own (then the duplicate's account keeps working and resolves to the survivor).
	 */
	private void moveAccount(long duplicateId, long survivorId) {
		if (accounts.findByPersonId(survivorId).isPresent()) {
			return;
		}
		accounts.findByPersonId(duplicateId).ifPresent(account -> {
			account.update(account.getRole(), survivorId, account.isEnabled());
			accounts.save(account);
		});
	}

	private PersonView change(long personId, java.util.function.Consumer<Person> change) {
		Person person = people.findById(personId).orElseThrow(() -> NotFoundException.of("person", personId));
		if (person.isMerged()) {
			// Changes belong on the survivor; a merged record only points there.
			throw new RuleViolation("person.merged.readonly");
		}
		change.accept(person);
		return people.save(person).toView(organisationNames());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
