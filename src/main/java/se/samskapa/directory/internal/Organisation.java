package se.samskapa.directory.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.directory.OrganisationKind;
import se.samskapa.directory.OrganisationView;

@Table("directory_organisation")
public class Organisation {

	@Id
	private Long id;

	private String name;

	private String shortName;

	private OrganisationKind kind;

	@MappedCollection(idColumn = "organisation_id")
	private Set<OrganisationAlias> aliases = new LinkedHashSet<>();

	Organisation() {
	}

	public Organisation(String name, String shortName, OrganisationKind kind) {
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public void rename(String name, String shortName, OrganisationKind kind) {
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
	}

	public void addAlias(String alias) {
		if (alias != null && !alias.isBlank()) {
			aliases.add(new OrganisationAlias(alias.trim()));
		}
	}

	public void removeAlias(String alias) {
		aliases.removeIf(a -> a.alias().equalsIgnoreCase(alias));
	}

	public OrganisationView toView() {
		List<String> names = aliases.stream().map(OrganisationAlias::alias).sorted().toList();
		return new OrganisationView(id, name, shortName, kind, names);
	}

	@Table("directory_organisation_alias")
	record OrganisationAlias(String alias) {
	}

}
