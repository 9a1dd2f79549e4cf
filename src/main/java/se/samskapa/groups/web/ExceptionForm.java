package se.samskapa.groups.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;

import se.samskapa.groups.RuleException;

/**
 * One meeting of the rule that is cancelled or moved.
 *
 * @param occurrence the meeting, chosen among the coming ones
 * @param otherDate the meeting's date typed in, for one not in the list
 * @param change cancelled or moved
 * @param newDate where a moved meeting goes
 * @param newStart its new start, if the time changes
 * @param newEnd its new end, if the time changes
 * @param newPlace its new place, if that changes
 * @param note why, for the members
 */
public record ExceptionForm(@DateTimeFormat(iso = ISO.DATE) LocalDate occurrence,
		@DateTimeFormat(iso = ISO.DATE) LocalDate otherDate,
		@NotNull(message = "{exception.change.required}") RuleException.Kind change,
		@DateTimeFormat(iso = ISO.DATE) LocalDate newDate, @DateTimeFormat(pattern = "HH:mm") LocalTime newStart,
		@DateTimeFormat(pattern = "HH:mm") LocalTime newEnd,
		@Size(max = 200, message = "{exception.place.too.long}") String newPlace,
		@Size(max = 500, message = "{exception.note.too.long}") String note) {

	static ExceptionForm empty() {
		return new ExceptionForm(null, null, RuleException.Kind.CANCELLED, null, null, null, "", "");
	}

	/** A typed date wins over the list, since typing it is the more deliberate choice. */
	LocalDate occurrenceDate() {
		return otherDate != null ? otherDate : occurrence;
	}

	/** The field the chosen date came from, for tying an error to it. */
	String occurrenceField() {
		return otherDate != null ? "otherDate" : "occurrence";
	}

	void check(Errors errors) {
		if (occurrenceDate() == null && !errors.hasFieldErrors("occurrence") && !errors.hasFieldErrors("otherDate")) {
			errors.rejectValue("occurrence", "exception.occurrence.required");
		}
		if (change == RuleException.Kind.MOVED) {
			if (newDate == null && !errors.hasFieldErrors("newDate")) {
				errors.rejectValue("newDate", "exception.new.date.required");
			}
			if (newStart != null && newEnd != null && !newEnd.isAfter(newStart)) {
				errors.rejectValue("newEnd", "rule.exception.end.before.start");
			}
		}
	}

	/** Only for a form that passed validation. */
	RuleException toException() {
		String why = blankToNull(note);
		if (change == RuleException.Kind.CANCELLED) {
			return RuleException.cancelled(occurrenceDate(), why);
		}
		return new RuleException(occurrenceDate(), RuleException.Kind.MOVED, newDate, newStart, newEnd,
				blankToNull(newPlace), why);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
