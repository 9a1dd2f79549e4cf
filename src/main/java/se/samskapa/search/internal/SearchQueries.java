package se.samskapa.search.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import se.samskapa.search.SearchHit;
import se.samskapa.search.SearchKind;
import se.samskapa.search.SearchQuery;
import se.samskapa.search.SearchResults;

/**
 * Runs searches against the index: the newest {@link #RANKED} matches ranked by
 * PostgreSQL's {@code ts_rank} (titles weigh more than text), filtered by what the viewer
 * may see, with the matching words marked in the title and in a passage of the text.
 */
@Component
public class SearchQueries {

	/**
	 * Marks PostgreSQL puts around matches; replaced by {@code <mark>} after escaping.
	 */
	private static final String START = "\u0002";

	private static final String STOP = "\u0003";

	/**
	 * How many of the newest matches are ranked. Ranking reads each match's whole text
	 * vector, and a common word matches a fifth of a ten-year archive; people looking for
	 * a common word mostly want recent minutes, and a group or a period narrows the rest.
	 */
	static final int RANKED = 500;

	private final JdbcClient jdbc;

	SearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param everything whether the viewer sees everything (coordinators)
	 * @param groups the groups whose drafts the viewer may see
	 */
	@Transactional(readOnly = true)
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
		String textQuery = String.join(" && ", parts);
		StringBuilder where = new StringBuilder("d.document @@ (" + textQuery + ")");
		if (!everything) {
			where.append(" AND (d.public");
			if (!groups.isEmpty()) {
				where.append(" OR d.group_id IN (:groups)");
				parameters.put("groups", groups);
			}
			where.append(")");
		}
		filters(query, where, parameters);
		parameters.put("ranked", RANKED + 1);
		parameters.put("limit", query.limit());
		parameters.put("offset", query.offset());
		// The text query is written out in each place it is used rather than computed
		// once
		// in a CTE, so that the planner sees its values and estimates how many documents
		// match: a rare word is found through the full-text index, a common one by
		// reading
		// the newest documents first until enough match.
		String sql = """
				WITH recent AS (
				  SELECT d.id, d.document, d.occurred_on FROM search_document d WHERE %1$s
				  ORDER BY coalesce(d.occurred_on, 'infinity'::date) DESC, d.id DESC
				  LIMIT :ranked),
				found AS (
				  SELECT r.id, ts_rank(r.document, %2$s) AS rank, count(*) OVER () AS total FROM recent r
				  ORDER BY rank DESC, r.occurred_on DESC NULLS LAST, r.id DESC
				  LIMIT :limit OFFSET :offset)
				SELECT d.kind, d.url, d.occurred_on, d.group_id, d.public, f.total,
				  ts_headline('swedish', d.title, %2$s, 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)),
				  ts_headline('swedish', d.body, %2$s, 'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3))
				FROM found f JOIN search_document d ON d.id = f.id
				ORDER BY f.rank DESC, d.occurred_on DESC NULLS LAST, d.id DESC
				"""
			.formatted(where, "(" + textQuery + ")");
		// A plan made once for any text would read a rare word's matches the slow way.
		jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		int[] total = { 0 };
		List<SearchHit> hits = jdbc.sql(sql).params(parameters).query((rs, i) -> {
			total[0] = rs.getInt(6);
			LocalDate date = rs.getObject(3, LocalDate.class);
			long group = rs.getLong(4);
			return new SearchHit(SearchKind.valueOf(rs.getString(1)), marked(rs.getString(7)), marked(rs.getString(8)),
					rs.getString(2), date, rs.wasNull() ? null : group, rs.getBoolean(5));
		}).list();
		return new SearchResults(hits, Math.min(total[0], RANKED), total[0] > RANKED);
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
