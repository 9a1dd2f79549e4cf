package se.samskapa.importer.parsing;

import java.util.List;

/**
 * Items proposed for the agenda of another group's meeting ("Gemensam utvecklingsgrupp 13
 * mars" in a Ledningsgrupp's minutes).
 *
 * @param group the group whose meeting it is
 * @param date that meeting's date, or {@code null}
 * @param items the proposed items
 */
public record AgendaProposals(String group, PartialDate date, List<String> items) {

	public AgendaProposals {
		items = List.copyOf(items);
	}

}
