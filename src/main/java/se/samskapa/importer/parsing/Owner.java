package se.samskapa.importer.parsing;

/**
 * Who owns an action item.
 *
 * @param written the owner as written ("David", "Socialförvaltningen", "vi")
 * @param kind a person, an organisation, or the group or another collective
 * @param resolution the match against the directory, for people and known organisations;
 * {@code null} for collectives
 * @param name the name to show: a person's full name, an organisation's name, "gruppen"
 */
public record Owner(String written, Kind kind, Resolution resolution, String name) {

	/** What kind of owner. */
	public enum Kind {

		PERSON, ORGANISATION, COLLECTIVE

	}

}
