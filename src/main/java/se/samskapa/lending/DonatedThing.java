package se.samskapa.lending;

/**
 * One kind of thing in a donation as staff note it at the door.
 *
 * @param typeId the item type, when staff picked one
 * @param what what it is in words, when no type was picked (an exact type name is taken
 * as that type)
 * @param count how many (1 to 100)
 */
public record DonatedThing(Long typeId, String what, String size, int count, Condition condition, String note) {

	/** The most one line may hold: a bigger gift is several lines. */
	public static final int MAX_COUNT = 100;

}
