package se.samskapa.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param hits the hits, best first
 * @param total how many there are in all, or at least, when {@code capped}
 * @param capped whether there are more matches than were ranked: the hits are the best of
 * the newest {@code total}
 */
public record SearchResults(List<SearchHit> hits, int total, boolean capped) {

	public static final SearchResults NONE = new SearchResults(List.of(), 0, false);

}
