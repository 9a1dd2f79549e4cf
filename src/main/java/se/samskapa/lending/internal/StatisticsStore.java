package se.samskapa.lending.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.StatisticsReport;
import se.samskapa.lending.StatisticsScope;
import se.samskapa.shared.Dates;

/**
 * The statistics queries. Months are calendar months in Swedish time, whatever time zone
 * the database server runs in. Borrowers are counted by pseudonym: the borrower row and
 * its pseudonym outlive the wiping of name and number.
 */
@Component
public class StatisticsStore {

	private static final String ZONE = Dates.ZONE.getId();

	private final JdbcClient jdbc;

	StatisticsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** New loans and different borrowers per month; months without loans are missing. */
	public Map<YearMonth, long[]> loansPerMonth(StatisticsScope scope) {
		Map<YearMonth, long[]> months = new HashMap<>();
		jdbc.sql("""
				SELECT to_char(l.lent_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS loans,
				       count(DISTINCT b.pseudonym) AS borrowers
				FROM lending_loan l
				JOIN lending_borrower b ON b.id = l.borrower_id
				WHERE l.site_id IN (:sites) AND l.lent_at >= :start AND l.lent_at < :end
				GROUP BY 1
				""").params(params(scope)).query(rs -> {
			months.put(YearMonth.parse(rs.getString("month")),
					new long[] { rs.getLong("loans"), rs.getLong("borrowers") });
		});
		return months;
	}

	/**
	 * Renewals per month, by when they were made; months without renewals are missing.
	 */
	public Map<YearMonth, Long> renewalsPerMonth(StatisticsScope scope) {
		Map<YearMonth, Long> months = new HashMap<>();
		jdbc.sql("""
				SELECT to_char(r.renewed_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS renewals
				FROM lending_renewal r
				JOIN lending_loan l ON l.id = r.loan_id
				WHERE l.site_id IN (:sites) AND r.renewed_at >= :start AND r.renewed_at < :end
				GROUP BY 1
				""").params(params(scope)).query(rs -> {
			months.put(YearMonth.parse(rs.getString("month")), rs.getLong("renewals"));
		});
		return months;
	}

	/** New loans, renewals and different borrowers in the whole period. */
	public long[] totals(StatisticsScope scope) {
		return jdbc
			.sql("""
					SELECT (SELECT count(*) FROM lending_loan l
					        WHERE l.site_id IN (:sites) AND l.lent_at >= :start AND l.lent_at < :end) AS loans,
					       (SELECT count(*) FROM lending_renewal r JOIN lending_loan l ON l.id = r.loan_id
					        WHERE l.site_id IN (:sites) AND r.renewed_at >= :start AND r.renewed_at < :end) AS renewals,
					       (SELECT count(DISTINCT b.pseudonym) FROM lending_loan l JOIN lending_borrower b ON b.id = l.borrower_id
					        WHERE l.site_id IN (:sites) AND l.lent_at >= :start AND l.lent_at < :end) AS borrowers
					""")
			.params(params(scope))
			.query((rs, i) -> new long[] { rs.getLong("loans"), rs.getLong("renewals"), rs.getLong("borrowers") })
			.single();
	}

	/** New loans per main category, the most first. */
	public List<StatisticsReport.Category> loansPerCategory(StatisticsScope scope) {
		return jdbc.sql("""
				SELECT coalesce(parent.name, c.name) AS category, count(*) AS loans
				FROM lending_loan l
				JOIN lending_item i ON i.id = l.item_id
				JOIN lending_item_type t ON t.id = i.item_type_id
				JOIN lending_category c ON c.id = t.category_id
				LEFT JOIN lending_category parent ON parent.id = c.parent_id
				WHERE l.site_id IN (:sites) AND l.lent_at >= :start AND l.lent_at < :end
				GROUP BY 1
				ORDER BY loans DESC, category
				""")
			.params(params(scope))
			.query((rs, i) -> new StatisticsReport.Category(rs.getString("category"), rs.getLong("loans")))
			.list();
	}

	/** Every site of the scope, by name, with its new loans, renewals and borrowers. */
	public List<StatisticsReport.Site> perSite(StatisticsScope scope) {
		return jdbc
			.sql("""
					SELECT s.id, s.name,
					       (SELECT count(*) FROM lending_loan l
					        WHERE l.site_id = s.id AND l.lent_at >= :start AND l.lent_at < :end) AS loans,
					       (SELECT count(*) FROM lending_renewal r JOIN lending_loan l ON l.id = r.loan_id
					        WHERE l.site_id = s.id AND r.renewed_at >= :start AND r.renewed_at < :end) AS renewals,
					       (SELECT count(DISTINCT b.pseudonym) FROM lending_loan l JOIN lending_borrower b ON b.id = l.borrower_id
					        WHERE l.site_id = s.id AND l.lent_at >= :start AND l.lent_at < :end) AS borrowers
					FROM lending_site s
					WHERE s.id IN (:sites)
					ORDER BY s.name
					""")
			.params(params(scope))
			.query((rs, i) -> new StatisticsReport.Site(rs.getLong("id"), rs.getString("name"), rs.getLong("loans"),
					rs.getLong("renewals"), rs.getLong("borrowers")))
			.list();
	}

	/**
	 * Every term searched in the period without anything in, the most searched first.
	 */
	public List<StatisticsReport.Term> emptySearches(StatisticsScope scope) {
		return jdbc.sql("""
				SELECT term, sum(no_match) AS no_match, sum(none_in) AS none_in, count(DISTINCT day) AS days
				FROM lending_empty_search
				WHERE site_id IN (:sites) AND day >= :firstDay AND day < :afterLastDay
				GROUP BY term
				ORDER BY sum(no_match) + sum(none_in) DESC, term
				""")
			.params(params(scope))
			.query((rs, i) -> new StatisticsReport.Term(rs.getString("term"), rs.getLong("no_match"),
					rs.getLong("none_in"), rs.getLong("days")))
			.list();
	}

	/**
	 * Counts one search that found nothing in: adds to the day's row for the term, or
	 * starts it.
	 * @param noneIn the kind was found, with none of it in; otherwise nothing matched
	 */
	public void countEmptySearch(long siteId, LocalDate day, String term, boolean noneIn) {
		addEmptySearches(siteId, day, term, noneIn ? 0 : 1, noneIn ? 1 : 0);
	}

	public void addEmptySearches(long siteId, LocalDate day, String term, int noMatch, int noneIn) {
		jdbc.sql("""
				INSERT INTO lending_empty_search (site_id, day, term, no_match, none_in)
				VALUES (:site, :day, :term, :noMatch, :noneIn)
				ON CONFLICT (site_id, day, term) DO UPDATE
				SET no_match = lending_empty_search.no_match + excluded.no_match,
				    none_in = lending_empty_search.none_in + excluded.none_in
				""")
			.param("site", siteId)
			.param("day", day)
			.param("term", term)
			.param("noMatch", noMatch)
			.param("noneIn", noneIn)
			.update();
	}

	private static Map<String, Object> params(StatisticsScope scope) {
		return Map.of("zone", ZONE, "sites", List.copyOf(scope.siteIds()), "start", Rows.timestamp(scope.start()),
				"end", Rows.timestamp(scope.end()), "firstDay", scope.from().atDay(1), "afterLastDay",
				scope.to().plusMonths(1).atDay(1));
	}

}
