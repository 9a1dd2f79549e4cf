package se.samskapa.meetings;

/**
 * A line of a comparison between two versions of minutes.
 *
 * @param change whether the line was added, removed or kept
 * @param text the line
 */
public record DiffLine(Change change, String text) {

	/** What happened to a line between two versions. */
	public enum Change {

		ADDED, REMOVED, UNCHANGED

	}

}
