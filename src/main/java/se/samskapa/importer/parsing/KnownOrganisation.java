package se.samskapa.importer.parsing;

import java.util.List;

/**
 * An organisation the directory knows.
 *
 * @param id the directory's key (opaque to the parser)
 * @param name the name as the directory writes it ("socialförvaltningen")
 * @param shortName the abbreviation ("SOF"), or {@code null}
 * @param aliases other names ("Fontänhuset Bryggan")
 */
public record KnownOrganisation(String id, String name, String shortName, List<String> aliases) {

	public KnownOrganisation {
		aliases = List.copyOf(aliases);
	}

}
