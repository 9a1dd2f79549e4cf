package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.Availability;
import se.samskapa.lending.Condition;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;

/** Categories, item types and the physical items with their parts. */
@Component
public class CatalogueStore {

	private static final String ITEM = """
			SELECT i.id, i.number, i.barcode, i.site_id, i.item_type_id, c.name AS category, t.name AS type_name,
			       i.size, i.condition, i.status,
			       (SELECT array_agg(p.name ORDER BY p.position) FROM lending_item_part p WHERE p.item_id = i.id) AS parts
			FROM lending_item i
			JOIN lending_item_type t ON t.id = i.item_type_id
			JOIN lending_category c ON c.id = t.category_id
			""";

	private final JdbcClient jdbc;

	CatalogueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The category with this name under this parent, created the first time. */
	public long category(Long parentId, String name) {
		return jdbc.sql("""
				SELECT id FROM lending_category WHERE coalesce(parent_id, 0) = coalesce(:parent, 0)
				AND lower(name) = lower(:name)
				""")
			.param("parent", parentId)
			.param("name", name)
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc
				.sql("INSERT INTO lending_category (parent_id, name) VALUES (:parent, :name) RETURNING id")
				.param("parent", parentId)
				.param("name", name)
				.query(Long.class)
				.single());
	}

	/** The item type with this name in this category, created the first time. */
	public long itemType(long categoryId, String name) {
		return jdbc.sql("SELECT id FROM lending_item_type WHERE category_id = :category AND lower(name) = lower(:name)")
			.param("category", categoryId)
			.param("name", name)
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc
				.sql("INSERT INTO lending_item_type (category_id, name) VALUES (:category, :name) RETURNING id")
				.param("category", categoryId)
				.param("name", name)
				.query(Long.class)
				.single());
	}

	public boolean itemTypeExists(long typeId) {
		return jdbc.sql("SELECT count(*) FROM lending_item_type WHERE id = :id")
			.param("id", typeId)
			.query(Long.class)
			.single() > 0;
	}

	/** The parts list new items of the type start with. */
	public List<String> defaultParts(long typeId) {
		return jdbc.sql("SELECT name FROM lending_item_type_part WHERE item_type_id = :type ORDER BY position")
			.param("type", typeId)
			.query(String.class)
			.list();
	}

	public boolean codeTaken(String code) {
		return jdbc.sql("SELECT count(*) FROM lending_item WHERE upper(number) = upper(:code) OR barcode = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	public long insertItem(long siteId, long typeId, String number, String barcode, String size, Condition condition,
			List<String> parts) {
		long id = jdbc.sql("""
				INSERT INTO lending_item (site_id, item_type_id, number, barcode, size, condition, status)
				VALUES (:site, :type, :number, :barcode, :size, :condition, 'AVAILABLE') RETURNING id
				""")
			.param("site", siteId)
			.param("type", typeId)
			.param("number", number)
			.param("barcode", barcode)
			.param("size", size)
			.param("condition", condition.name())
			.query(Long.class)
			.single();
		for (int i = 0; i < parts.size(); i++) {
			jdbc.sql("INSERT INTO lending_item_part (item_id, position, name) VALUES (:item, :position, :name)")
				.param("item", id)
				.param("position", i)
				.param("name", parts.get(i))
				.update();
		}
		return id;
	}

	/** The site's items that are still in use, in number order: what gets labels. */
	public List<ItemView> itemsOf(long siteId) {
		return jdbc.sql(ITEM + "WHERE i.site_id = :site AND i.status <> 'RETIRED' ORDER BY i.number")
			.param("site", siteId)
			.query(CatalogueStore::item)
			.list();
	}

	public Optional<ItemView> item(long id) {
		return jdbc.sql(ITEM + "WHERE i.id = :id").param("id", id).query(CatalogueStore::item).optional();
	}

	/**
	 * The item whose number (any case) or barcode value this is: what a scanner types.
	 */
	public Optional<ItemView> itemByCode(String code) {
		return jdbc.sql(ITEM + "WHERE upper(i.number) = upper(:code) OR i.barcode = :code")
			.param("code", code)
			.query(CatalogueStore::item)
			.optional();
	}

	/**
	 * Marks an available item as lent. The row lock makes concurrent counters wait for
	 * each other, and the second finds the item no longer available.
	 * @return whether the item was available
	 */
	public boolean markLent(long itemId) {
		return jdbc.sql("UPDATE lending_item SET status = 'ON_LOAN' WHERE id = :id AND status = 'AVAILABLE'")
			.param("id", itemId)
			.update() == 1;
	}

	public ItemStatus status(long itemId) {
		return ItemStatus.valueOf(jdbc.sql("SELECT status FROM lending_item WHERE id = :id")
			.param("id", itemId)
			.query(String.class)
			.single());
	}

	public void afterReturn(long itemId, Condition condition, ItemStatus status) {
		jdbc.sql("UPDATE lending_item SET condition = :condition, status = :status WHERE id = :id")
			.param("condition", condition.name())
			.param("status", status.name())
			.param("id", itemId)
			.update();
	}

	/** Per site, type and size: how many items there are and how many are in now. */
	public List<Availability> availability(String siteSlug) {
		return jdbc
			.sql("""
					SELECT s.id AS site_id, s.slug, s.name AS site_name,
					       coalesce(parent.name, c.name) AS category, CASE WHEN parent.id IS NULL THEN NULL ELSE c.name END AS sub,
					       t.id AS type_id, t.name AS type_name, i.size,
					       count(*) FILTER (WHERE i.status = 'AVAILABLE') AS available, count(*) AS total
					FROM lending_item i
					JOIN lending_site s ON s.id = i.site_id
					JOIN lending_item_type t ON t.id = i.item_type_id
					JOIN lending_category c ON c.id = t.category_id
					LEFT JOIN lending_category parent ON parent.id = c.parent_id
					WHERE i.status <> 'RETIRED' AND (CAST(:site AS TEXT) IS NULL OR s.slug = :site)
					GROUP BY s.id, s.slug, s.name, parent.id, parent.name, c.name, t.id, t.name, i.size
					ORDER BY s.name, 4, 5 NULLS FIRST, t.name,
					         nullif(regexp_replace(coalesce(i.size, ''), '[^0-9].*$', ''), '')::int NULLS LAST, i.size
					""")
			.param("site", siteSlug)
			.query((rs, i) -> new Availability(rs.getLong("site_id"), rs.getString("slug"), rs.getString("site_name"),
					rs.getString("category"), rs.getString("sub"), rs.getLong("type_id"), rs.getString("type_name"),
					rs.getString("size"), rs.getInt("available"), rs.getInt("total")))
			.list();
	}

	private static ItemView item(ResultSet rs, int row) throws SQLException {
		return new ItemView(rs.getLong("id"), rs.getString("number"), rs.getString("barcode"), rs.getLong("site_id"),
				rs.getLong("item_type_id"), rs.getString("category"), rs.getString("type_name"), rs.getString("size"),
				Condition.valueOf(rs.getString("condition")), ItemStatus.valueOf(rs.getString("status")),
				Rows.strings(rs, "parts"));
	}

}
