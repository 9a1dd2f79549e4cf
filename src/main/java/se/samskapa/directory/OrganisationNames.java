package se.samskapa.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import se.samskapa.shared.RuleViolation;

/**
 * Every name, short name and alias points at one organisation only; otherwise "SOF" in
 * imported minutes could mean two bodies and the importer would guess.
 */
final class OrganisationNames {

	private OrganisationNames() {
	}

	/**
	 * Refuses names another organisation already answers to.
	 * @param existing every organisation
	 * @param ownId the organisation being changed, or {@code null} for a new one
	 * @param name the wanted name
	 * @param shortName the wanted short name, if any
	 * @param aliases the wanted aliases
	 */
	static void requireFree(Collection<OrganisationView> existing, Long ownId, String name, String shortName,
			Collection<String> aliases) {
		Map<String, OrganisationView> taken = new HashMap<>();
		existing.stream()
			.filter(o -> ownId == null || o.id() != ownId)
			.forEach(o -> o.allNames().forEach(n -> taken.put(key(n), o)));
		refuse(taken, name, "organisation.name.taken");
		refuse(taken, shortName, "organisation.shortName.taken");
		aliases.forEach(alias -> refuse(taken, alias, "organisation.alias.taken"));
	}

	private static void refuse(Map<String, OrganisationView> taken, String name, String messageKey) {
		if (name == null || name.isBlank()) {
			return;
		}
		OrganisationView other = taken.get(key(name));
		if (other != null) {
			throw new RuleViolation(messageKey, name.trim(), other.name());
		}
	}

	private static String key(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

}
