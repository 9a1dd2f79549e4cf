package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.ItemTypeView;

/**
 * Managing the catalogue's tree: categories of two levels and item types with their
 * default parts. Names are unique under their parent (the database holds it).
 */
@Component
public class CategoryStore {

	private static final String TYPE = """
			SELECT t.id, t.category_id, t.name,
			       CASE WHEN p.id IS NULL THEN c.name ELSE p.name || ' – ' || c.name END AS category,
			       (SELECT array_agg(d.name ORDER BY d.position) FROM lending_item_type_part d
			        WHERE d.item_type_id = t.id) AS parts,
			       (SELECT count(*) FROM lending_item i
			        WHERE i.item_type_id = t.id AND i.site_id = :site AND i.status <> 'RETIRED') AS items
			FROM lending_item_type t
			JOIN lending_category c ON c.id = t.category_id
			LEFT JOIN lending_category p ON p.id = c.parent_id
			""";

	private final JdbcClient jdbc;

	CategoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every category: id, parent id (or null) and name, top categories first. */
	public List<Row> categories() {
		return jdbc.sql("SELECT id, parent_id, name FROM lending_category ORDER BY parent_id NULLS FIRST, lower(name)")
			.query((rs, i) -> new Row(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("name")))
			.list();
	}

	public Optional<Row> category(long id) {
		return jdbc.sql("SELECT id, parent_id, name FROM lending_category WHERE id = :id")
			.param("id", id)
			.query((rs, i) -> new Row(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("name")))
			.optional();
	}

	public long insertCategory(Long parentId, String name) {
		return jdbc.sql("INSERT INTO lending_category (parent_id, name) VALUES (:parent, :name) RETURNING id")
			.param("parent", parentId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/** Whether another category under the same parent has the name (any case). */
	public boolean categoryTaken(Long parentId, String name, long exceptId) {
		return jdbc.sql("""
				SELECT count(*) FROM lending_category
				WHERE coalesce(parent_id, 0) = coalesce(:parent, 0) AND lower(name) = lower(:name) AND id <> :except
				""")
			.param("parent", parentId)
			.param("name", name)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether another type in the category has the name (any case). */
	public boolean typeTaken(long categoryId, String name, long exceptId) {
		return jdbc.sql("""
				SELECT count(*) FROM lending_item_type
				WHERE category_id = :category AND lower(name) = lower(:name) AND id <> :except
				""")
			.param("category", categoryId)
			.param("name", name)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public void renameCategory(long id, String name) {
		jdbc.sql("UPDATE lending_category SET name = :name WHERE id = :id")
			.param("id", id)
			.param("name", name)
			.update();
	}

	/** Every item type, with how many items of it the site has in use. */
	public List<ItemTypeView> types(long siteId) {
		return jdbc.sql(TYPE + "ORDER BY lower(t.name)").param("site", siteId).query(CategoryStore::type).list();
	}

	public Optional<ItemTypeView> type(long id, long siteId) {
		return jdbc.sql(TYPE + "WHERE t.id = :id")
			.param("id", id)
			.param("site", siteId)
			.query(CategoryStore::type)
			.optional();
	}

	/** The ids of the types with this name (any case), in any category. */
	public List<Long> typesNamed(String name) {
		return jdbc.sql("SELECT id FROM lending_item_type WHERE lower(name) = lower(:name)")
			.param("name", name)
			.query(Long.class)
			.list();
	}

	public long insertType(long categoryId, String name) {
		return jdbc.sql("INSERT INTO lending_item_type (category_id, name) VALUES (:category, :name) RETURNING id")
			.param("category", categoryId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public void updateType(long id, long categoryId, String name) {
		jdbc.sql("UPDATE lending_item_type SET category_id = :category, name = :name WHERE id = :id")
			.param("id", id)
			.param("category", categoryId)
			.param("name", name)
			.update();
	}

	public boolean typeExists(long typeId) {
		return jdbc.sql("SELECT count(*) FROM lending_item_type WHERE id = :id")
			.param("id", typeId)
			.query(Long.class)
			.single() > 0;
	}

	public void replaceDefaultParts(long typeId, List<String> parts) {
		jdbc.sql("DELETE FROM lending_item_type_part WHERE item_type_id = :type").param("type", typeId).update();
		for (int i = 0; i < parts.size(); i++) {
			jdbc.sql(
					"INSERT INTO lending_item_type_part (item_type_id, position, name) VALUES (:type, :position, :name)")
				.param("type", typeId)
				.param("position", i)
				.param("name", parts.get(i))
				.update();
		}
	}

	private static ItemTypeView type(ResultSet rs, int row) throws SQLException {
		return new ItemTypeView(rs.getLong("id"), rs.getLong("category_id"), rs.getString("category"),
				rs.getString("name"), Rows.strings(rs, "parts"), rs.getInt("items"));
	}

	/**
	 * A category as stored.
	 *
	 * @param parentId the top category, or {@code null}
	 */
	public record Row(long id, Long parentId, String name) {
	}

}
