package se.samskapa.importer.parsing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something someone is to do.
 *
 * @param owners who does it; empty where the minutes leave it open
 * @param what what is to be done (the words of the minutes, lightly trimmed)
 * @param due when, or {@code null}
 * @param section the title of the section it stands in, or {@code null}
 * @param source the sentence or line it was read from
 */
public record ActionItem(List<Owner> owners, String what, Due due, String section, String source) {

	public ActionItem {
		owners = List.copyOf(owners);
	}

	/** The owners' names joined by ", ", or {@code null} without owners. */
	public String ownerNames() {
		return this.owners.isEmpty() ? null : this.owners.stream().map(Owner::name).collect(Collectors.joining(", "));
	}

}
