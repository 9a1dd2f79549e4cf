package se.samskapa.search.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import se.samskapa.search.SearchHit;
import se.samskapa.search.SearchKind;
import se.samskapa.search.SearchQuery;
import se.samskapa.search.SearchResults;

/**
 * Runs searches against the index: ranked by PostgreSQL's cover density (titles weigh
 * more than text), filtered by what the viewer may see, with the matching words marked in
 * the title and in a passage of the text.
 */
@Component
public class SearchQueries {

	/**
	 * Marks PostgreSQL puts around matches; replaced by {@code <mark>} after escaping.
	 */
	private static final String START = "\u0002";

	private static final String STOP = "\u0003";

	private final JdbcClient jdbc;

	SearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param everything whether the viewer sees everything (coordinators)
	 * @param groups the groups whose drafts the viewer may see
	 */
	public SearchResults search(SearchQuery query, boolean everything, Set<Long> groups) {
		TextQuery text = TextQuery.parse(query.text());
		if (text.empty()) {
			return SearchResults.NONE;
		}
		Map<String, Object> parameters = new HashMap<>();
		List<String> parts = new ArrayList<>();
		if (!text.words().isEmpty()) {
			parts.add("to_tsquery('swedish', :words)");
			parameters.put("words", text.words());
		}
		for (int i = 0; i < text.phrases().size(); i++) {
			parts.add("phraseto_tsquery('swedish', :phrase" + i + ")");
			parameters.put("phrase" + i, text.phrases().get(i));
		}
		StringBuilder where = new StringBuilder("d.document @@ q.query");
		if (!everything) {
			where.append(" AND (d.public");
			if (!groups.isEmpty()) {
				where.append(" OR d.group_id IN (:groups)");
				parameters.put("groups", groups);
			}
			where.append(")");
		}
		filters(query, where, parameters);
		parameters.put("limit", query.limit());
		parameters.put("offset", query.offset());
		String sql = """
				WITH q AS (SELECT %s AS query),
				found AS (
				  SELECT d.id, ts_rank_cd(d.document, q.query) AS rank, count(*) OVER () AS total
				  FROM search_document d, q WHERE %s
				  ORDER BY rank DESC, d.occurred_on DESC NULLS LAST, d.id DESC
				  LIMIT :limit OFFSET :offset)
				SELECT d.kind, d.url, d.occurred_on, d.group_id, d.public, f.total,
				  ts_headline('swedish', d.title, q.query, 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)),
				  ts_headline('swedish', d.body, q.query, 'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3))
				FROM found f JOIN search_document d ON d.id = f.id, q
				ORDER BY f.rank DESC, d.occurred_on DESC NULLS LAST, d.id DESC
				"""
			.formatted(String.join(" && ", parts), where);
		int[] total = { 0 };
		List<SearchHit> hits = jdbc.sql(sql).params(parameters).query((rs, i) -> {
			total[0] = rs.getInt(6);
			Date date = rs.getDate(3);
			long group = rs.getLong(4);
			return new SearchHit(SearchKind.valueOf(rs.getString(1)), marked(rs.getString(7)), marked(rs.getString(8)),
					rs.getString(2), date == null ? null : date.toLocalDate(), rs.wasNull() ? null : group,
					rs.getBoolean(5));
		}).list();
		return new SearchResults(hits, total[0]);
	}

	private static void filters(SearchQuery query, StringBuilder where, Map<String, Object> parameters) {
		if (query.groupId() != null) {
			where.append(" AND d.group_id = :group");
			parameters.put("group", query.groupId());
		}
		if (query.from() != null) {
			where.append(" AND d.occurred_on >= :from");
			parameters.put("from", Date.valueOf(query.from()));
		}
		if (query.to() != null) {
			where.append(" AND d.occurred_on <= :to");
			parameters.put("to", Date.valueOf(query.to()));
		}
		if (!query.kinds().isEmpty()) {
			where.append(" AND d.kind IN (:kinds)");
			parameters.put("kinds", query.kinds().stream().map(Enum::name).toList());
		}
		if (query.organisationId() != null) {
			where.append(" AND d.organisation_ids @> ARRAY[CAST(:organisation AS BIGINT)]");
			parameters.put("organisation", query.organisationId());
		}
		if (query.personId() != null) {
			where.append(" AND d.person_ids @> ARRAY[CAST(:person AS BIGINT)]");
			parameters.put("person", query.personId());
		}
	}

	/** Escapes the text for HTML, then turns PostgreSQL's marks into {@code <mark>}. */
	static String marked(String headline) {
		if (headline == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
