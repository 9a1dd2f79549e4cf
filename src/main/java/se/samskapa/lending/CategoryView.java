package se.samskapa.lending;

import java.util.List;

/**
 * A category with its sub-categories and item types: the catalogue's tree of two levels.
 *
 * @param parentId the top category, or {@code null} for a top category
 */
public record CategoryView(long id, Long parentId, String name, List<ItemTypeView> types, List<CategoryView> children) {

}
