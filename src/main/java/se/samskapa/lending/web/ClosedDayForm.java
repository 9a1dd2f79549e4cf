package se.samskapa.lending.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A closed day to add: the day and why. */
record ClosedDayForm(
		@NotNull(message = "{lending.site.closed.day.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@Size(max = 100, message = "{lending.site.closed.reason.too.long.100}") String reason) {

	static ClosedDayForm empty() {
		return new ClosedDayForm(null, "");
	}

}
