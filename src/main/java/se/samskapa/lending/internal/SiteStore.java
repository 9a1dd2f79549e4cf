package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.ClosedDay;
import se.samskapa.lending.OpeningHours;
import se.samskapa.lending.SiteView;

/** Sites, their opening hours and closed days. */
@Component
public class SiteStore {

	private static final String SITE = "SELECT id, slug, name, address, loan_days FROM lending_site ";

	private final JdbcClient jdbc;

	SiteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String slug, String name, String address, int loanDays) {
		return jdbc.sql("""
				INSERT INTO lending_site (slug, name, address, loan_days) VALUES (:slug, :name, :address, :days)
				RETURNING id
				""")
			.param("slug", slug)
			.param("name", name)
			.param("address", address)
			.param("days", loanDays)
			.query(Long.class)
			.single();
	}

	public void update(long id, String name, String address, int loanDays) {
		jdbc.sql("UPDATE lending_site SET name = :name, address = :address, loan_days = :days WHERE id = :id")
			.param("id", id)
			.param("name", name)
			.param("address", address)
			.param("days", loanDays)
			.update();
	}

	public boolean slugTaken(String slug) {
		return jdbc.sql("SELECT count(*) FROM lending_site WHERE slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	public List<SiteView> all() {
		return jdbc.sql(SITE + "ORDER BY name").query(this::site).list();
	}

	public Optional<SiteView> find(long id) {
		return jdbc.sql(SITE + "WHERE id = :id").param("id", id).query(this::site).optional();
	}

	public Optional<SiteView> findBySlug(String slug) {
		return jdbc.sql(SITE + "WHERE slug = :slug").param("slug", slug).query(this::site).optional();
	}

	public void replaceHours(long siteId, List<OpeningHours> hours) {
		jdbc.sql("DELETE FROM lending_opening_hours WHERE site_id = :site").param("site", siteId).update();
		for (OpeningHours h : hours) {
			jdbc.sql("""
					INSERT INTO lending_opening_hours (site_id, weekday, opens, closes)
					VALUES (:site, :day, :opens, :closes)
					""")
				.param("site", siteId)
				.param("day", h.day().getValue())
				.param("opens", h.opens())
				.param("closes", h.closes())
				.update();
		}
	}

	public void addClosedDay(long siteId, LocalDate day, String reason) {
		jdbc.sql("""
				INSERT INTO lending_closed_day (site_id, day, reason) VALUES (:site, :day, :reason)
				ON CONFLICT (site_id, day) DO UPDATE SET reason = EXCLUDED.reason
				""").param("site", siteId).param("day", day).param("reason", reason).update();
	}

	/**
	 * @return whether the day was a closed day
	 */
	public boolean removeClosedDay(long siteId, LocalDate day) {
		return jdbc.sql("DELETE FROM lending_closed_day WHERE site_id = :site AND day = :day")
			.param("site", siteId)
			.param("day", day)
			.update() > 0;
	}

	/** The site's closed days from the given day on, with their reasons. */
	public List<ClosedDay> closedDays(long siteId, LocalDate from) {
		return jdbc
			.sql("SELECT day, reason FROM lending_closed_day WHERE site_id = :site AND day >= :from ORDER BY day")
			.param("site", siteId)
			.param("from", from)
			.query((rs, i) -> new ClosedDay(rs.getObject("day", LocalDate.class), rs.getString("reason")))
			.list();
	}

	private SiteView site(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<OpeningHours> hours = jdbc
			.sql("SELECT weekday, opens, closes FROM lending_opening_hours WHERE site_id = :id ORDER BY weekday")
			.param("id", id)
			.query((h, i) -> new OpeningHours(DayOfWeek.of(h.getInt(1)), h.getObject(2, LocalTime.class),
					h.getObject(3, LocalTime.class)))
			.list();
		List<LocalDate> closed = jdbc.sql("SELECT day FROM lending_closed_day WHERE site_id = :id ORDER BY day")
			.param("id", id)
			.query((c, i) -> c.getObject(1, LocalDate.class))
			.list();
		return new SiteView(id, rs.getString("slug"), rs.getString("name"), rs.getString("address"),
				rs.getInt("loan_days"), hours, closed);
	}

}
