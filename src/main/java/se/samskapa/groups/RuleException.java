package se.samskapa.groups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One occurrence of a rule that does not happen as the rule says.
 *
 * @param occurrenceDate the date the rule gives
 * @param kind cancelled or moved
 * @param newDate where a moved occurrence goes
 * @param newStart its new start, or {@code null} to keep the rule's
 * @param newEnd its new end, or {@code null} to keep the rule's
 * @param newPlace its new place, or {@code null} to keep the rule's
 * @param note why ("AMF har workshop")
 */
public record RuleException(LocalDate occurrenceDate, Kind kind, LocalDate newDate, LocalTime newStart,
		LocalTime newEnd, String newPlace, String note) {

	public RuleException {
		Objects.requireNonNull(occurrenceDate, "occurrenceDate");
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.MOVED && newDate == null) {
			throw new IllegalArgumentException("A moved occurrence needs a new date");
		}
	}

	public static RuleException cancelled(LocalDate date, String note) {
		return new RuleException(date, Kind.CANCELLED, null, null, null, null, note);
	}

	public static RuleException moved(LocalDate date, LocalDate newDate, LocalTime newStart, LocalTime newEnd,
			String note) {
		return new RuleException(date, Kind.MOVED, newDate, newStart, newEnd, null, note);
	}

	/** What happens to the occurrence. */
	public enum Kind {

		CANCELLED, MOVED

	}

}
