package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of thing in a donation, and how much of it is sorted.
 *
 * @param typeId the item type, or {@code null} until staff choose one
 * @param description what it is in words, when no type was chosen at the door
 * @param sorted how the things were sorted so far
 * @param items the numbers of the items made from this line
 */
public record DonationLine(long id, int position, Long typeId, String typeName, String category, String description,
		String size, int count, Condition condition, String note, List<Sorted> sorted, List<String> items) {

	/** How many things of this line still wait to be sorted. */
	public int remaining() {
		return count - sorted.stream().mapToInt(Sorted::count).sum();
	}

	/** "Hockeyskridskor" or the words staff wrote. */
	public String what() {
		return typeName != null ? typeName : description;
	}

	/**
	 * One decision on some of a line's things.
	 *
	 * @param reason why they were discarded (other outcomes may have none)
	 */
	public record Sorted(TriageOutcome outcome, int count, String reason, LocalDate on, String by) {
	}

}
