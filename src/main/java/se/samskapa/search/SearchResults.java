package se.samskapa.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param hits the hits, best first
 * @param total how many there are in all
 */
public record SearchResults(List<SearchHit> hits, int total) {

	public static final SearchResults NONE = new SearchResults(List.of(), 0);

}
