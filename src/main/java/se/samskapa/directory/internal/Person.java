package se.samskapa.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.directory.AffiliationView;
import se.samskapa.directory.PersonView;

@Table("directory_person")
public class Person {

	@Id
	private Long id;

	private String fullName;

	private String email;

	private Long mergedIntoId;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "person_id")
	private Set<PersonAlias> aliases = new LinkedHashSet<>();

	@MappedCollection(idColumn = "person_id")
	private Set<Affiliation> affiliations = new LinkedHashSet<>();

	Person() {
	}

	public Person(String fullName) {
		this.fullName = fullName.trim();
	}

	public Long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
	}

	public boolean isMerged() {
		return mergedIntoId != null;
	}

	public void rename(String fullName) {
		String previous = this.fullName;
		this.fullName = fullName.trim();
		if (!previous.equalsIgnoreCase(this.fullName)) {
			addAlias(previous);
		}
	}

	public void addAlias(String alias) {
		if (alias != null && !alias.isBlank() && !alias.trim().equalsIgnoreCase(fullName)) {
			aliases.add(new PersonAlias(alias.trim()));
		}
	}

	public void removeAlias(String alias) {
		aliases.removeIf(a -> a.alias().equalsIgnoreCase(alias));
	}

	public void addAffiliation(Long organisationId, String title, LocalDate validFrom, LocalDate validTo) {
		affiliations.add(new Affiliation(organisationId, blankToNull(title), validFrom, validTo));
	}

	public void removeAffiliation(Long organisationId, String title, LocalDate validFrom) {
		affiliations.removeIf(a -> java.util.Objects.equals(a.organisationId(), organisationId)
				&& java.util.Objects.equals(a.title(), blankToNull(title))
				&& java.util.Objects.equals(a.validFrom(), validFrom));
	}

	/**
	 * Takes over a duplicate's names and history; the duplicate stays, marked as merged,
	 * so that nothing that pointed at it is lost.
	 */
	public void absorb(Person duplicate) {
		addAlias(duplicate.fullName);
		duplicate.aliases.forEach(a -> addAlias(a.alias()));
		affiliations.addAll(duplicate.affiliations);
		if (email == null) {
			email = duplicate.email;
		}
		duplicate.mergedIntoId = id;
		duplicate.email = null;
	}

	public PersonView toView(Map<Long, String> organisationNames) {
		List<AffiliationView> history = new ArrayList<>(affiliations.stream()
			.map(a -> new AffiliationView(a.organisationId(),
					a.organisationId() == null ? null : organisationNames.get(a.organisationId()), a.title(),
					a.validFrom(), a.validTo()))
			.toList());
		history
			.sort(Comparator.comparing(AffiliationView::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<String> names = aliases.stream().map(PersonAlias::alias).sorted().toList();
		return new PersonView(id, fullName, names, history, mergedIntoId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@Table("directory_person_alias")
	record PersonAlias(String alias) {
	}

	@Table("directory_affiliation")
	record Affiliation(Long organisationId, String title, LocalDate validFrom, LocalDate validTo) {
	}

}
