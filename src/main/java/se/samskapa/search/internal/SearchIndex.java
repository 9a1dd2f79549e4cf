package se.samskapa.search.internal;

import java.sql.Date;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.search.SearchKind;

/** Writes the search index. */
@Component
class SearchIndex {

	private final JdbcClient jdbc;

	private final SearchResultCache cache;

	SearchIndex(JdbcClient jdbc, SearchResultCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * Takes the lock for indexing a meeting, held until the transaction ends. Updates of
	 * the same meeting (events arrive close together while someone types) must read and
	 * write one after the other, or an older state could be written last.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void lockMeeting(long meetingId) {
		jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7305, :id)) AS locked")
			.param("id", (int) meetingId)
			.query(Integer.class)
			.single();
	}

	/** Replaces everything indexed for a meeting; call {@link #lockMeeting} first. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void replaceMeeting(long meetingId, List<SearchDocument> documents) {
		cache.changed();
		jdbc.sql("DELETE FROM search_document WHERE meeting_id = :id").param("id", meetingId).update();
		documents.forEach(this::insert);
	}

	@Transactional
	public void put(SearchDocument document) {
		cache.changed();
		insert(document);
	}

	private void insert(SearchDocument document) {
		jdbc.sql(
				"""
						INSERT INTO search_document (kind, source_id, meeting_id, group_id, public, occurred_on, title, body, url,
						                             organisation_ids, person_ids)
						VALUES (:kind, :sourceId, :meetingId, :groupId, :public, :date, :title, :body, :url,
						        :organisations::bigint[], :people::bigint[])
						ON CONFLICT (kind, source_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
						  group_id = EXCLUDED.group_id, public = EXCLUDED.public, occurred_on = EXCLUDED.occurred_on,
						  title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url,
						  organisation_ids = EXCLUDED.organisation_ids, person_ids = EXCLUDED.person_ids
						""")
			.param("kind", document.kind().name())
			.param("sourceId", document.sourceId())
			.param("meetingId", document.meetingId())
			.param("groupId", document.groupId())
			.param("public", document.visibleToPublic())
			.param("date", document.date() == null ? null : Date.valueOf(document.date()))
			.param("title", document.title())
			.param("body", document.body())
			.param("url", document.url())
			.param("organisations", array(document.organisationIds()))
			.param("people", array(document.personIds()))
			.update();
	}

	@Transactional
	public void remove(SearchKind kind, long sourceId) {
		cache.changed();
		jdbc.sql("DELETE FROM search_document WHERE kind = :kind AND source_id = :id")
			.param("kind", kind.name())
			.param("id", sourceId)
			.update();
	}

	/** Whether the stored documents were built by this version of the indexing. */
	public boolean builtBy(int version) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM search_state WHERE version >= :version)")
			.param("version", version)
			.query(Boolean.class)
			.single();
	}

	@Transactional
	public void rebuilt(int version) {
		jdbc.sql("""
				INSERT INTO search_state (id, version, rebuilt_at) VALUES (1, :version, now())
				ON CONFLICT (id) DO UPDATE SET version = :version, rebuilt_at = now()
				""").param("version", version).update();
	}

	/** PostgreSQL's text form of an array, cast in SQL: simpler than a driver array. */
	private static String array(Collection<Long> ids) {
		StringBuilder text = new StringBuilder("{");
		for (Long id : ids) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append(id);
		}
		return text.append('}').toString();
	}

}
