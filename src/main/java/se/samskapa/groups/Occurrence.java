package se.samskapa.groups;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting the rule gives.
 *
 * @param ruleDate the date the rule gives (identifies the occurrence, even when moved)
 * @param date the date it actually takes place
 * @param start when it begins
 * @param end when it ends
 * @param place where
 * @param status regular, moved or cancelled
 * @param note why it was moved or cancelled
 */
public record Occurrence(LocalDate ruleDate, LocalDate date, LocalTime start, LocalTime end, String place,
		Status status, String note) {

	public boolean cancelled() {
		return status == Status.CANCELLED;
	}

	public boolean moved() {
		return status == Status.MOVED;
	}

	/** How the occurrence relates to its rule. */
	public enum Status {

		REGULAR, MOVED, CANCELLED

	}

}
