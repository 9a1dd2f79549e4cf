package se.samskapa.lending;

/**
 * How many items of one type and size a site has, and how many of them can be borrowed
 * now. Items that are retired are not counted.
 *
 * @param category the top category (Vintersport)
 * @param subCategory the sub-category (Skridskor), or {@code null} when the type sits
 * directly under its category
 */
public record Availability(long siteId, String siteSlug, String siteName, String category, String subCategory,
		long typeId, String type, String size, int available, int total) {

}
