package se.samskapa.lending;

import java.util.List;

/**
 * What people ask for ("Tält, 2 personer"), in its category.
 *
 * @param category "Friluftsliv – Tält", or the top category alone
 * @param defaultParts the parts list every new item of the type starts with, often none
 * @param items how many items of the type the site has in use (not retired)
 */
public record ItemTypeView(long id, long categoryId, String category, String name, List<String> defaultParts,
		int items) {

	public boolean hasParts() {
		return !defaultParts.isEmpty();
	}

}
