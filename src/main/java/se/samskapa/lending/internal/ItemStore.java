package se.samskapa.lending.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.Condition;
import se.samskapa.lending.ItemDetails;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;

/**
 * The back office's side of the items: searching a site's items, their history, edits,
 * repair and retirement, and the numbers of new items.
 */
@Component
public class ItemStore {

	private static final String ITEM = """
			SELECT i.id, i.number, i.barcode, i.site_id, i.item_type_id,
			       CASE WHEN p.id IS NULL THEN c.name ELSE p.name || ' – ' || c.name END AS category,
			       t.name AS type_name, i.size, i.condition, i.status,
			       (SELECT array_agg(pt.name ORDER BY pt.position) FROM lending_item_part pt WHERE pt.item_id = i.id) AS parts
			FROM lending_item i
			JOIN lending_item_type t ON t.id = i.item_type_id
			JOIN lending_category c ON c.id = t.category_id
			LEFT JOIN lending_category p ON p.id = c.parent_id
			""";

	/** Number, type, category or size contains the words; status as chosen. */
	private static final String MATCHES = """
			WHERE i.site_id = :site
			  AND (CAST(:status AS TEXT) IS NULL AND i.status <> 'RETIRED' OR i.status = :status)
			  AND (CAST(:q AS TEXT) IS NULL
			       OR concat_ws(' ', i.number, i.barcode, t.name, c.name, p.name, i.size) ILIKE '%' || :q || '%')
			""";

	private final JdbcClient jdbc;

	ItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The site's items matching the words and status (every item in use when no status is
	 * given), in number order.
	 */
	public List<ItemView> search(long siteId, String words, ItemStatus status, int limit, int offset) {
		return jdbc.sql(ITEM + MATCHES + "ORDER BY i.number LIMIT :limit OFFSET :offset")
			.param("site", siteId)
			.param("q", escapeLike(words))
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, i) -> new ItemView(rs.getLong("id"), rs.getString("number"), rs.getString("barcode"),
					rs.getLong("site_id"), rs.getLong("item_type_id"), rs.getString("category"),
					rs.getString("type_name"), rs.getString("size"), Condition.valueOf(rs.getString("condition")),
					ItemStatus.valueOf(rs.getString("status")), Rows.strings(rs, "parts")))
			.list();
	}

	public int count(long siteId, String words, ItemStatus status) {
		return jdbc.sql("""
				SELECT count(*) FROM lending_item i
				JOIN lending_item_type t ON t.id = i.item_type_id
				JOIN lending_category c ON c.id = t.category_id
				LEFT JOIN lending_category p ON p.id = c.parent_id
				""" + MATCHES)
			.param("site", siteId)
			.param("q", escapeLike(words))
			.param("status", status == null ? null : status.name())
			.query(Integer.class)
			.single();
	}

	/** Note, registration time and the donation an item came from. */
	public Optional<Origin> origin(long itemId) {
		return jdbc.sql("""
				SELECT i.note, i.created_at, d.id AS donation_id, d.received_on
				FROM lending_item i
				LEFT JOIN lending_donation_line l ON l.id = i.donation_line_id
				LEFT JOIN lending_donation d ON d.id = l.donation_id
				WHERE i.id = :id
				""")
			.param("id", itemId)
			.query((rs, i) -> new Origin(rs.getString("note"), Rows.instant(rs, "created_at"),
					(Long) rs.getObject("donation_id"), rs.getObject("received_on", LocalDate.class)))
			.optional();
	}

	public List<ItemDetails.Event> events(long itemId) {
		return jdbc.sql("""
				SELECT kind, happened_at, actor, note FROM lending_item_event WHERE item_id = :item
				ORDER BY happened_at DESC, id DESC
				""")
			.param("item", itemId)
			.query((rs, i) -> new ItemDetails.Event(rs.getString("kind"), Rows.instant(rs, "happened_at"),
					rs.getString("actor"), rs.getString("note")))
			.list();
	}

	/** The item's loans, the latest first, without who borrowed. */
	public List<ItemDetails.Loan> loans(long itemId) {
		return jdbc
			.sql("""
					SELECT l.lent_at, l.due_on, l.returned_at, l.return_condition, l.return_note,
					       (SELECT count(*) FROM lending_renewal r WHERE r.loan_id = l.id) AS renewals,
					       (SELECT array_agg(m.name ORDER BY m.name) FROM lending_loan_missing_part m WHERE m.loan_id = l.id)
					         AS missing
					FROM lending_loan l WHERE l.item_id = :item ORDER BY l.lent_at DESC
					""")
			.param("item", itemId)
			.query((rs, i) -> {
				String condition = rs.getString("return_condition");
				return new ItemDetails.Loan(Rows.instant(rs, "lent_at"), rs.getObject("due_on", LocalDate.class),
						rs.getInt("renewals"), Rows.instant(rs, "returned_at"),
						condition == null ? null : Condition.valueOf(condition), Rows.strings(rs, "missing"),
						rs.getString("return_note"));
			})
			.list();
	}

	public void event(long itemId, long siteId, String kind, LocalDate on, Instant at, String actor, String note) {
		jdbc.sql("""
				INSERT INTO lending_item_event (item_id, site_id, kind, happened_on, happened_at, actor, note)
				VALUES (:item, :site, :kind, :on, :at, :actor, :note)
				""")
			.param("item", itemId)
			.param("site", siteId)
			.param("kind", kind)
			.param("on", on)
			.param("at", Rows.timestamp(at))
			.param("actor", actor)
			.param("note", note)
			.update();
	}

	/**
	 * Moves the item to a new status if it is in one of the expected ones; the row lock
	 * keeps a counter and the back office from both changing it.
	 * @return whether it was
	 */
	public boolean changeStatus(long itemId, List<ItemStatus> from, ItemStatus to) {
		return jdbc.sql("UPDATE lending_item SET status = :to WHERE id = :id AND status IN (:from)")
			.param("id", itemId)
			.param("to", to.name())
			.param("from", from.stream().map(ItemStatus::name).toList())
			.update() == 1;
	}

	public void update(long itemId, Condition condition, String size, String note) {
		jdbc.sql("UPDATE lending_item SET condition = :condition, size = :size, note = :note WHERE id = :id")
			.param("id", itemId)
			.param("condition", condition.name())
			.param("size", size)
			.param("note", note)
			.update();
	}

	public void setCondition(long itemId, Condition condition) {
		jdbc.sql("UPDATE lending_item SET condition = :condition WHERE id = :id")
			.param("id", itemId)
			.param("condition", condition.name())
			.update();
	}

	public void replaceParts(long itemId, List<String> parts) {
		jdbc.sql("DELETE FROM lending_item_part WHERE item_id = :item").param("item", itemId).update();
		for (int i = 0; i < parts.size(); i++) {
			jdbc.sql("INSERT INTO lending_item_part (item_id, position, name) VALUES (:item, :position, :name)")
				.param("item", itemId)
				.param("position", i)
				.param("name", parts.get(i))
				.update();
		}
	}

	public void linkToDonation(long itemId, long lineId) {
		jdbc.sql("UPDATE lending_item SET donation_line_id = :line WHERE id = :id")
			.param("id", itemId)
			.param("line", lineId)
			.update();
	}

	/**
	 * Holds the numbering of the site's new items until the transaction ends, so that two
	 * people sorting donations at once do not pick the same next number.
	 */
	public void lockNumbering(long siteId) {
		jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(7407, CAST(:site AS INT))) AS locked")
			.param("site", siteId)
			.query(Long.class)
			.single();
	}

	public List<String> numbersOf(long siteId) {
		return jdbc.sql("SELECT number FROM lending_item WHERE site_id = :site")
			.param("site", siteId)
			.query(String.class)
			.list();
	}

	/** The highest serial in the series and how many digits it is written with. */
	public Serial highestOf(String prefix) {
		return jdbc.sql("""
				SELECT max(CAST(substring(number FROM '[0-9]+$') AS INT)) AS highest,
				       max(length(substring(number FROM '[0-9]+$'))) AS digits
				FROM lending_item WHERE number ~ ('^' || :prefix || '-[0-9]{1,9}$')
				""")
			.param("prefix", prefix)
			.query((rs, i) -> new Serial(rs.getObject("highest", Integer.class), rs.getObject("digits", Integer.class)))
			.single();
	}

	private static String escapeLike(String words) {
		if (words == null || words.isBlank()) {
			return null;
		}
		return words.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The highest serial of a series and its number of digits, both {@code null} for a
	 * new series.
	 */
	public record Serial(Integer highest, Integer digits) {
	}

	/**
	 * Where an item came from.
	 *
	 * @param donationId the donation, if it came through one
	 */
	public record Origin(String note, Instant registeredAt, Long donationId, LocalDate donatedOn) {
	}

}
