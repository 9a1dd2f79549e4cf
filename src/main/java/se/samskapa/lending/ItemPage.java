package se.samskapa.lending;

import java.util.List;

/**
 * One page of a site's items found by the back office's search.
 *
 * @param total how many items match, on every page
 */
public record ItemPage(List<ItemView> items, int total, int page, int pageSize) {

	public int pages() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

}
