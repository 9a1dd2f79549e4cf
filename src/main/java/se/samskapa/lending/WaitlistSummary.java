package se.samskapa.lending;

import java.time.Instant;

/**
 * The queue for one item type and size at a site: how many wait, and since when the one
 * who has waited longest.
 *
 * @param size {@code null} for a type without sizes
 * @param oldest when the first in the queue joined it
 */
public record WaitlistSummary(long siteId, long typeId, String category, String type, String size, int waiting,
		Instant oldest) {

	public String description() {
		return size == null ? type : type + ", " + size;
	}

}
