package se.samskapa.groups.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;

import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.WeekParity;

/**
 * When a group meets, as the coordinator types it.
 *
 * @param weekday the day of the week
 * @param parity every week, even or odd weeks
 * @param start when meetings begin
 * @param end when they end
 * @param place where, if always the same
 * @param validFrom the first day the rule applies, if not from now on
 */
public record RuleForm(@NotNull(message = "{rule.weekday.required}") DayOfWeek weekday,
		@NotNull(message = "{rule.parity.required}") WeekParity parity,
		@NotNull(message = "{rule.start.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime start,
		@NotNull(message = "{rule.end.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime end,
		@Size(max = 200, message = "{rule.place.too.long}") String place,
		@DateTimeFormat(iso = ISO.DATE) LocalDate validFrom) {

	static RuleForm empty() {
		return new RuleForm(null, WeekParity.EVERY, null, null, "", null);
	}

	static RuleForm of(MeetingRule rule) {
		return new RuleForm(rule.weekday(), rule.parity(), rule.start(), rule.end(),
				rule.place() == null ? "" : rule.place(), rule.validFrom());
	}

	void check(Errors errors) {
		if (start != null && end != null && !end.isAfter(start) && !errors.hasFieldErrors("end")) {
			errors.rejectValue("end", "rule.end.before.start");
		}
	}

	/** Only for a form that passed validation. */
	MeetingRule toRule() {
		return new MeetingRule(weekday, parity, start, end, place == null || place.isBlank() ? null : place.trim(),
				validFrom);
	}

}
