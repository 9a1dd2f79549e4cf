package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.ReservationStatus;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.WaitlistDemand;
import se.samskapa.lending.WaitlistSummary;

/**
 * Reservations and the queues for item types and sizes, and the item statuses that go
 * with them (an item held for a reservation is RESERVED).
 */
@Component
public class ReservationStore {

	/** The first key of the advisory locks that take turns at one queue. */
	private static final int QUEUE_LOCK = 7407;

	private static final String RESERVATION = """
			SELECT r.id, r.code, r.site_id, s.slug, s.name AS site_name, r.item_type_id, t.name AS type_name,
			       coalesce(parent.name, c.name) AS category, r.size, r.borrower_id, b.name AS borrower_name, b.mobile,
			       r.status, r.waitlisted, r.item_id, i.number AS item_number, r.hold_until, r.set_aside, r.created_at,
			       r.ready_at, r.closed_at, r.loan_id,
			       CASE WHEN r.status = 'WAITING' THEN
			         (SELECT count(*) FROM lending_reservation q
			          WHERE q.status = 'WAITING' AND q.site_id = r.site_id AND q.item_type_id = r.item_type_id
			            AND coalesce(q.size, '') = coalesce(r.size, '') AND (q.created_at, q.id) <= (r.created_at, r.id))
			       ELSE 0 END AS position
			FROM lending_reservation r
			JOIN lending_site s ON s.id = r.site_id
			JOIN lending_item_type t ON t.id = r.item_type_id
			JOIN lending_category c ON c.id = t.category_id
			LEFT JOIN lending_category parent ON parent.id = c.parent_id
			JOIN lending_borrower b ON b.id = r.borrower_id
			LEFT JOIN lending_item i ON i.id = r.item_id
			""";

	/** The same type and size: a type without sizes has NULL, compared as ''. */
	private static final String SAME_KIND = "site_id = :site AND item_type_id = :type "
			+ "AND coalesce(size, '') = coalesce(CAST(:size AS TEXT), '') ";

	private final JdbcClient jdbc;

	ReservationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int holdDays(long siteId) {
		return jdbc.sql("SELECT hold_days FROM lending_site WHERE id = :site")
			.param("site", siteId)
			.query(Integer.class)
			.single();
	}

	public void setHoldDays(long siteId, int days) {
		jdbc.sql("UPDATE lending_site SET hold_days = :days WHERE id = :site")
			.param("days", days)
			.param("site", siteId)
			.update();
	}

	/**
	 * Takes the turn at the queue for a type and size at a site until the transaction
	 * ends: reserving, joining the queue and handing a returned item to the queue wait
	 * for each other, so that nobody joins a queue for an item that is just going back on
	 * the shelf.
	 */
	public void lockQueue(long siteId, long typeId, String size) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key, hashtext(:queue))")
			.param("key", QUEUE_LOCK)
			.param("queue", siteId + ":" + typeId + ":" + (size == null ? "" : size))
			.query((rs, i) -> 1)
			.single();
	}

	/** Makes one borrower's requests take turns, so that the limit of open ones holds. */
	public void lockBorrower(long borrowerId) {
		jdbc.sql("SELECT id FROM lending_borrower WHERE id = :id FOR UPDATE")
			.param("id", borrowerId)
			.query()
			.listOfRows();
	}

	public int openCount(long borrowerId) {
		return jdbc
			.sql("SELECT count(*) FROM lending_reservation WHERE borrower_id = :b AND status IN ('WAITING', 'READY')")
			.param("b", borrowerId)
			.query(Integer.class)
			.single();
	}

	public boolean hasOpen(long borrowerId, long siteId, long typeId, String size) {
		return jdbc.sql(
				"SELECT count(*) FROM lending_reservation WHERE borrower_id = :b AND status IN ('WAITING', 'READY') AND "
						+ SAME_KIND)
			.param("b", borrowerId)
			.param("site", siteId)
			.param("type", typeId)
			.param("size", size)
			.query(Integer.class)
			.single() > 0;
	}

	/** The site has items of this type and size that are still in use. */
	public boolean stocks(long siteId, long typeId, String size) {
		return jdbc.sql("SELECT count(*) FROM lending_item WHERE status <> 'RETIRED' AND " + SAME_KIND)
			.param("site", siteId)
			.param("type", typeId)
			.param("size", size)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Holds one available item of the type and size: the one in the best condition. An
	 * item another transaction is taking (a counter lending it, another reservation) is
	 * skipped rather than waited for.
	 * @return the item held, or empty when none is available
	 */
	public Optional<Long> holdAvailableItem(long siteId, long typeId, String size) {
		return jdbc.sql("""
				UPDATE lending_item SET status = 'RESERVED'
				WHERE status = 'AVAILABLE' AND id = (
				  SELECT id FROM lending_item
				  WHERE status = 'AVAILABLE' AND %s
				  ORDER BY CASE condition WHEN 'NEW' THEN 0 WHEN 'GOOD' THEN 1 WHEN 'WORN' THEN 2 ELSE 3 END, number
				  LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING id
				""".formatted(SAME_KIND))
			.param("site", siteId)
			.param("type", typeId)
			.param("size", size)
			.query(Long.class)
			.optional();
	}

	/** An item that is in now becomes held (for the first in its queue). */
	public boolean holdItem(long itemId) {
		return setItemStatus(itemId, "AVAILABLE", "RESERVED");
	}

	/** A held item no one collects goes back to being available. */
	public boolean releaseItem(long itemId) {
		return setItemStatus(itemId, "RESERVED", "AVAILABLE");
	}

	/** A held item is lent to the borrower it was held for. */
	public boolean lendHeldItem(long itemId) {
		return setItemStatus(itemId, "RESERVED", "ON_LOAN");
	}

	private boolean setItemStatus(long itemId, String from, String to) {
		return jdbc.sql("UPDATE lending_item SET status = :to WHERE id = :id AND status = :from")
			.param("to", to)
			.param("id", itemId)
			.param("from", from)
			.update() == 1;
	}

	/**
	 * A new reservation, held ({@code itemId} and {@code holdUntil} given) or waiting.
	 * @return its id, or empty when the code is taken (try another)
	 */
	public Optional<Long> insert(String code, long siteId, long typeId, String size, long borrowerId,
			ReservationStatus status, boolean waitlisted, Long itemId, LocalDate holdUntil, Instant now, String by) {
		return jdbc
			.sql("""
					INSERT INTO lending_reservation (code, site_id, item_type_id, size, borrower_id, status, waitlisted, item_id,
					                                 hold_until, created_at, created_by, ready_at)
					VALUES (:code, :site, :type, :size, :borrower, :status, :waitlisted, :item, :holdUntil, :now, :by,
					        CASE WHEN :status = 'READY' THEN CAST(:now AS TIMESTAMPTZ) END)
					ON CONFLICT (code) DO NOTHING
					RETURNING id
					""")
			.param("code", code)
			.param("site", siteId)
			.param("type", typeId)
			.param("size", size)
			.param("borrower", borrowerId)
			.param("status", status.name())
			.param("waitlisted", waitlisted)
			.param("item", itemId)
			.param("holdUntil", holdUntil)
			.param("now", Rows.timestamp(now))
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	public Optional<ReservationView> find(long id) {
		return jdbc.sql(RESERVATION + "WHERE r.id = :id")
			.param("id", id)
			.query(ReservationStore::reservation)
			.optional();
	}

	public Optional<ReservationView> findByCode(String code) {
		return jdbc.sql(RESERVATION + "WHERE r.code = :code")
			.param("code", code)
			.query(ReservationStore::reservation)
			.optional();
	}

	/** The reservation an item is held for. */
	public Optional<ReservationView> heldFor(long itemId) {
		return jdbc.sql(RESERVATION + "WHERE r.item_id = :item AND r.status = 'READY'")
			.param("item", itemId)
			.query(ReservationStore::reservation)
			.optional();
	}

	/** The reservation an item is held for, locked until the transaction ends. */
	public Optional<ReservationView> lockHold(long itemId) {
		return jdbc.sql("SELECT id FROM lending_reservation WHERE item_id = :item AND status = 'READY' FOR UPDATE")
			.param("item", itemId)
			.query(Long.class)
			.optional()
			.flatMap(this::find);
	}

	/** The borrower's open reservations: held ones first, by pickup deadline. */
	public List<ReservationView> openOf(long borrowerId) {
		return jdbc.sql(RESERVATION + """
				WHERE r.borrower_id = :b AND r.status IN ('WAITING', 'READY')
				ORDER BY r.status = 'WAITING', r.hold_until, r.created_at, r.id
				""").param("b", borrowerId).query(ReservationStore::reservation).list();
	}

	/** The site's held reservations, the first deadline first. */
	public List<ReservationView> ready(long siteId) {
		return jdbc.sql(RESERVATION + """
				WHERE r.site_id = :site AND r.status = 'READY'
				ORDER BY r.hold_until, i.number
				""").param("site", siteId).query(ReservationStore::reservation).list();
	}

	/** The site's waiting reservations, per type and size in queue order. */
	public List<ReservationView> waiting(long siteId) {
		return jdbc.sql(RESERVATION + """
				WHERE r.site_id = :site AND r.status = 'WAITING'
				ORDER BY t.name, r.size, r.created_at, r.id
				""").param("site", siteId).query(ReservationStore::reservation).list();
	}

	/** The queue for a type and size, first come first. */
	public List<Long> queue(long siteId, long typeId, String size) {
		return jdbc
			.sql("SELECT id FROM lending_reservation WHERE status = 'WAITING' AND " + SAME_KIND
					+ "ORDER BY created_at, id")
			.param("site", siteId)
			.param("type", typeId)
			.param("size", size)
			.query(Long.class)
			.list();
	}

	/** Held reservations whose last day to collect is before the day. */
	public List<Long> heldPast(LocalDate today) {
		return jdbc.sql("SELECT id FROM lending_reservation WHERE status = 'READY' AND hold_until < :today ORDER BY id")
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/** Places in a queue taken before the cut-off. */
	public List<Long> waitingSince(Instant cutoff) {
		return jdbc
			.sql("SELECT id FROM lending_reservation WHERE status = 'WAITING' AND created_at < :cutoff ORDER BY id")
			.param("cutoff", Rows.timestamp(cutoff))
			.query(Long.class)
			.list();
	}

	public List<Long> openIdsOf(long borrowerId) {
		return jdbc.sql(
				"SELECT id FROM lending_reservation WHERE borrower_id = :b AND status IN ('WAITING', 'READY') ORDER BY id")
			.param("b", borrowerId)
			.query(Long.class)
			.list();
	}

	/**
	 * A waiting reservation gets the item.
	 * @return whether it was still waiting
	 */
	public boolean markReady(long id, long itemId, LocalDate holdUntil, Instant now) {
		return jdbc
			.sql("""
					UPDATE lending_reservation SET status = 'READY', item_id = :item, hold_until = :holdUntil, ready_at = :now
					WHERE id = :id AND status = 'WAITING'
					""")
			.param("item", itemId)
			.param("holdUntil", holdUntil)
			.param("now", Rows.timestamp(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Ends an open reservation as cancelled or expired.
	 * @return whether it was still open
	 */
	public boolean close(long id, ReservationStatus status, Instant now, String by) {
		return jdbc.sql("""
				UPDATE lending_reservation SET status = :status, closed_at = :now, closed_by = :by
				WHERE id = :id AND status IN ('WAITING', 'READY')
				""")
			.param("status", status.name())
			.param("now", Rows.timestamp(now))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * A held reservation became a loan.
	 * @return whether it was still held
	 */
	public boolean collect(long id, long loanId, Instant now, String by) {
		return jdbc.sql("""
				UPDATE lending_reservation SET status = 'COLLECTED', loan_id = :loan, closed_at = :now, closed_by = :by
				WHERE id = :id AND status = 'READY'
				""")
			.param("loan", loanId)
			.param("now", Rows.timestamp(now))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	public boolean setAside(long id) {
		return jdbc.sql("UPDATE lending_reservation SET set_aside = TRUE WHERE id = :id AND status = 'READY'")
			.param("id", id)
			.update() == 1;
	}

	/** The site's queues: per type and size, how many wait and since when. */
	public List<WaitlistSummary> waitlists(long siteId) {
		return jdbc.sql("""
				SELECT r.item_type_id, coalesce(parent.name, c.name) AS category, t.name AS type_name, r.size,
				       count(*) AS waiting, min(r.created_at) AS oldest
				FROM lending_reservation r
				JOIN lending_item_type t ON t.id = r.item_type_id
				JOIN lending_category c ON c.id = t.category_id
				LEFT JOIN lending_category parent ON parent.id = c.parent_id
				WHERE r.site_id = :site AND r.status = 'WAITING'
				GROUP BY r.item_type_id, parent.name, c.name, t.name, r.size
				ORDER BY min(r.created_at), t.name, r.size
				""")
			.param("site", siteId)
			.query((rs, i) -> new WaitlistSummary(siteId, rs.getLong("item_type_id"), rs.getString("category"),
					rs.getString("type_name"), rs.getString("size"), rs.getInt("waiting"), Rows.instant(rs, "oldest")))
			.list();
	}

	/**
	 * Waitlist entries made from {@code from} up to (not including) {@code until}, per
	 * month (Swedish time), site and top category.
	 */
	public List<WaitlistDemand> demand(Instant from, Instant until, Long siteId) {
		return jdbc.sql("""
				SELECT to_char(r.created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS month, s.id AS site_id,
				       s.name AS site_name, coalesce(parent.name, c.name) AS category, count(*) AS entries
				FROM lending_reservation r
				JOIN lending_site s ON s.id = r.site_id
				JOIN lending_item_type t ON t.id = r.item_type_id
				JOIN lending_category c ON c.id = t.category_id
				LEFT JOIN lending_category parent ON parent.id = c.parent_id
				WHERE r.waitlisted AND r.created_at >= :from AND r.created_at < :until
				  AND (CAST(:site AS BIGINT) IS NULL OR r.site_id = :site)
				GROUP BY 1, s.id, s.name, 4
				ORDER BY 1, s.name, 4
				""")
			.param("from", Rows.timestamp(from))
			.param("until", Rows.timestamp(until))
			.param("site", siteId)
			.query((rs, i) -> new WaitlistDemand(YearMonth.parse(rs.getString("month")), rs.getLong("site_id"),
					rs.getString("site_name"), rs.getString("category"), rs.getLong("entries")))
			.list();
	}

	private static ReservationView reservation(ResultSet rs, int row) throws SQLException {
		long itemId = rs.getLong("item_id");
		Long item = rs.wasNull() ? null : itemId;
		long loanId = rs.getLong("loan_id");
		Long loan = rs.wasNull() ? null : loanId;
		return new ReservationView(rs.getLong("id"), rs.getString("code"), rs.getLong("site_id"), rs.getString("slug"),
				rs.getString("site_name"), rs.getLong("item_type_id"), rs.getString("type_name"),
				rs.getString("category"), rs.getString("size"), rs.getLong("borrower_id"),
				rs.getString("borrower_name"), rs.getString("mobile"),
				ReservationStatus.valueOf(rs.getString("status")), rs.getBoolean("waitlisted"), item,
				rs.getString("item_number"), rs.getObject("hold_until", LocalDate.class), rs.getBoolean("set_aside"),
				Rows.instant(rs, "created_at"), Rows.instant(rs, "ready_at"), Rows.instant(rs, "closed_at"), loan,
				rs.getInt("position"));
	}

}
