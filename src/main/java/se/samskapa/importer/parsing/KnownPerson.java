package se.samskapa.importer.parsing;

import java.util.List;
import java.util.Set;

/**
 * A person the directory knows.
 *
 * @param id the directory's key for the person (opaque to the parser)
 * @param name the full name
 * @param aliases other names the person goes by ("Bosse", "Ivan Kuzhik")
 * @param groups the names of the groups the person is a member of
 */
public record KnownPerson(String id, String name, List<String> aliases, Set<String> groups) {

	public KnownPerson {
		aliases = List.copyOf(aliases);
		groups = Set.copyOf(groups);
	}

	public String firstName() {
		int space = this.name.indexOf(' ');
		return (space < 0) ? this.name : this.name.substring(0, space);
	}

	public String lastName() {
		int space = this.name.lastIndexOf(' ');
		return (space < 0) ? "" : this.name.substring(space + 1);
	}

	public boolean isMemberOf(String group) {
		return group != null && this.groups.stream().anyMatch(group::equalsIgnoreCase);
	}

}
