package se.samskapa.meetings;

import java.util.List;

/**
 * The first few of someone's open actions, most pressing first, and how many there are.
 *
 * @param first the most pressing, overdue first
 * @param count how many are open in all
 */
public record OpenActions(List<ActionSummary> first, int count) {

	public boolean more() {
		return count > first.size();
	}

}
