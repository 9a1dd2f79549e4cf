package se.samskapa.lending;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.CategoryStore;
import se.samskapa.lending.internal.PartsLists;
import se.samskapa.shared.AuditTrail;

/**
 * The catalogue's tree, shared by every site: top categories (Vintersport), their
 * sub-categories (Skridskor), and item types (Hockeyskridskor) with the parts list new
 * items of the type start with.
 */
@Service
@Transactional(readOnly = true)
public class CategoryManagement {

	private static final int MAX_NAME = 80;

	private final CategoryStore store;

	private final AuditTrail audit;

	CategoryManagement(CategoryStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	/**
	 * The tree: top categories in name order, each with its types and sub-categories.
	 * @param siteId whose items the types count
	 */
	public List<CategoryView> tree(long siteId) {
		List<CategoryStore.Row> rows = store.categories();
		Map<Long, List<ItemTypeView>> types = new LinkedHashMap<>();
		for (ItemTypeView type : store.types(siteId)) {
			types.computeIfAbsent(type.categoryId(), c -> new ArrayList<>()).add(type);
		}
		List<CategoryView> tree = new ArrayList<>();
		for (CategoryStore.Row top : rows) {
			if (top.parentId() == null) {
				List<CategoryView> children = rows.stream()
					.filter(r -> Objects.equals(r.parentId(), top.id()))
					.map(r -> new CategoryView(r.id(), r.parentId(), r.name(), types.getOrDefault(r.id(), List.of()),
							List.of()))
					.toList();
				tree.add(new CategoryView(top.id(), null, top.name(), types.getOrDefault(top.id(), List.of()),
						children));
			}
		}
		return tree;
	}

	/** Every item type in name order, with the site's count of each. */
	public List<ItemTypeView> types(long siteId) {
		return store.types(siteId);
	}

	public ItemTypeView type(long typeId, long siteId) {
		return store.type(typeId, siteId).orElseThrow(() -> new UnknownLendingThing("lending.type.unknown", typeId));
	}

	/**
	 * A new category: a top category, or a sub-category of a top category (the tree has
	 * two levels).
	 */
	@Transactional
	public long createCategory(Long parentId, String name, String actor) {
		String clean = name("name", name, "lending.category.name.required");
		if (parentId != null) {
			CategoryStore.Row parent = category(parentId);
			if (parent.parentId() != null) {
				throw new InvalidInput("parentId", "lending.category.too.deep", parent.name());
			}
		}
		long id = unique(store.categoryTaken(parentId, clean, 0), () -> store.insertCategory(parentId, clean),
				"lending.category.taken", clean);
		audit.record(actor, "lending-category", id, "created", clean);
		return id;
	}

	@Transactional
	public void renameCategory(long categoryId, String name, String actor) {
		CategoryStore.Row category = category(categoryId);
		String clean = name("name", name, "lending.category.name.required");
		if (clean.equals(category.name())) {
			return;
		}
		unique(store.categoryTaken(category.parentId(), clean, categoryId), () -> {
			store.renameCategory(categoryId, clean);
			return categoryId;
		}, "lending.category.taken", clean);
		audit.record(actor, "lending-category", categoryId, "renamed", category.name() + " -> " + clean);
	}

	/** A new item type; its default parts (often none) go to every new item of it. */
	@Transactional
	public long createType(long categoryId, String name, List<String> defaultParts, String actor) {
		category(categoryId);
		String clean = name("name", name, "lending.type.name.required");
		List<String> parts = parts(defaultParts);
		long id = unique(store.typeTaken(categoryId, clean, 0), () -> store.insertType(categoryId, clean),
				"lending.type.taken", clean);
		store.replaceDefaultParts(id, parts);
		audit.record(actor, "lending-type", id, "created", clean + (parts.isEmpty() ? "" : " " + parts));
		return id;
	}

	/**
	 * Renames or moves a type and sets its default parts. Items already registered keep
	 * their own parts lists.
	 */
	@Transactional
	public void updateType(long typeId, long categoryId, String name, List<String> defaultParts, String actor) {
		ItemTypeView type = type(typeId, 0);
		category(categoryId);
		String clean = name("name", name, "lending.type.name.required");
		List<String> parts = parts(defaultParts);
		unique(store.typeTaken(categoryId, clean, typeId), () -> {
			store.updateType(typeId, categoryId, clean);
			return typeId;
		}, "lending.type.taken", clean);
		store.replaceDefaultParts(typeId, parts);
		audit.record(actor, "lending-type", typeId, "updated",
				type.name() + " -> " + clean + ", category " + categoryId + ", parts " + parts);
	}

	private CategoryStore.Row category(long id) {
		return store.category(id).orElseThrow(() -> new UnknownLendingThing("lending.category.unknown", id));
	}

	private static List<String> parts(List<String> parts) {
		List<String> clean = PartsLists.clean(parts);
		if (clean.size() > PartsLists.MAX_PARTS) {
			throw new InvalidInput("parts", "lending.parts.too.many", PartsLists.MAX_PARTS);
		}
		return clean;
	}

	private static String name(String field, String value, String requiredKey) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, requiredKey);
		}
		String clean = value.strip().replaceAll("\\s+", " ");
		if (clean.length() > MAX_NAME) {
			throw new InvalidInput(field, "lending.text.too.long", MAX_NAME);
		}
		return clean;
	}

	private static long unique(boolean taken, LongSupplier change, String takenKey, String name) {
		if (taken) {
			throw new InvalidInput("name", takenKey, name);
		}
		try {
			return change.getAsLong();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("name", takenKey, name);
		}
	}

}
