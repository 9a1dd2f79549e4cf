package se.samskapa.lending.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.StatisticsScope;
import se.samskapa.lending.WaitlistStatistics;

/**
 * The statistics' waitlists: places taken in a queue because everything of a type and
 * size was out, counted from the reservations, whatever became of them (the rows stay
 * when a borrower's data is wiped).
 */
@Component
class WaitlistFigures implements WaitlistStatistics {

	private final JdbcClient jdbc;

	WaitlistFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Demand> demand(StatisticsScope scope) {
		if (scope.siteIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT coalesce(parent.name, c.name) AS category, t.name AS type, count(*) AS requests,
				       count(*) FILTER (WHERE coalesce(r.ready_at, r.closed_at) IS NULL
				                           OR coalesce(r.ready_at, r.closed_at) >= :end) AS still_waiting
				FROM lending_reservation r
				JOIN lending_item_type t ON t.id = r.item_type_id
				JOIN lending_category c ON c.id = t.category_id
				LEFT JOIN lending_category parent ON parent.id = c.parent_id
				WHERE r.waitlisted AND r.site_id IN (:sites) AND r.created_at >= :start AND r.created_at < :end
				GROUP BY 1, 2
				ORDER BY 3 DESC, 1, 2
				""")
			.param("sites", scope.siteIds())
			.param("start", Rows.timestamp(scope.start()))
			.param("end", Rows.timestamp(scope.end()))
			.query((rs, i) -> new Demand(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

}
