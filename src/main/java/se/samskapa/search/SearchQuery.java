package se.samskapa.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to search for.
 *
 * @param text the words; "quoted words" are a phrase, the last word also matches as a
 * prefix (while typing)
 * @param groupId only this group's, or {@code null}
 * @param from not before this day, or {@code null}
 * @param to not after this day, or {@code null}
 * @param kinds only these kinds; empty for all
 * @param organisationId only what concerns this organisation, or {@code null}
 * @param personId only what concerns this person, or {@code null}
 * @param limit at most this many hits
 * @param offset skip this many (for "show more")
 */
public record SearchQuery(String text, Long groupId, LocalDate from, LocalDate to, Set<SearchKind> kinds,
		Long organisationId, Long personId, int limit, int offset) {

	public SearchQuery {
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		limit = Math.max(1, Math.min(limit, 100));
		offset = Math.max(0, offset);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, Set.of(), null, null, 20, 0);
	}

	public boolean blank() {
		return text == null || text.isBlank();
	}

}
