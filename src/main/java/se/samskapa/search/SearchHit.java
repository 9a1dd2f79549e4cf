package se.samskapa.search;

import java.time.LocalDate;

/**
 * One thing found.
 *
 * @param kind what it is
 * @param title its title, as HTML with the matching words in {@code <mark>}
 * @param snippet a passage of its text, as HTML with the matching words in {@code <mark>}
 * @param url where it is
 * @param date the date it belongs to, if any
 * @param groupId the group it belongs to, if any
 * @param published whether the public can see it (false for drafts and the directory)
 */
public record SearchHit(SearchKind kind, String title, String snippet, String url, LocalDate date, Long groupId,
		boolean published) {
}
