package se.samskapa.search.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import se.samskapa.search.SearchKind;

/**
 * A row of the search index.
 *
 * @param kind what it is
 * @param sourceId its id among things of its kind
 * @param meetingId the meeting it belongs to, if any
 * @param groupId the group it belongs to, if any
 * @param visibleToPublic whether everyone may find it
 * @param date the date it belongs to
 * @param title its title
 * @param body its text
 * @param url where it is shown
 * @param organisationIds organisations it concerns
 * @param personIds people it concerns
 */
record SearchDocument(SearchKind kind, long sourceId, Long meetingId, Long groupId, boolean visibleToPublic,
		LocalDate date, String title, String body, String url, Collection<Long> organisationIds,
		Collection<Long> personIds) {

	SearchDocument {
		organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
		personIds = personIds == null ? List.of() : List.copyOf(personIds);
		body = body == null ? "" : body;
	}

}
