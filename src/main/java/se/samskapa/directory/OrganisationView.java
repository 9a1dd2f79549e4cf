package se.samskapa.directory;

import java.util.List;

/**
 * An organisation as other modules see it.
 *
 * @param id the organisation's id
 * @param name the full name, as the organisation writes it (socialförvaltningen)
 * @param shortName the common abbreviation (SOF), if any
 * @param kind what kind of body it is
 * @param aliases other names that mean this organisation
 */
public record OrganisationView(long id, String name, String shortName, OrganisationKind kind, List<String> aliases) {

	public OrganisationView {
		aliases = List.copyOf(aliases);
	}

	/** Every name that refers to this organisation: name, short name and aliases. */
	public List<String> allNames() {
		var names = new java.util.ArrayList<String>();
		names.add(name);
		if (shortName != null && !shortName.isBlank()) {
			names.add(shortName);
		}
		names.addAll(aliases);
		return names;
	}

}
