package se.samskapa.demo;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Puts the seed minutes' dates in the current year so that the demo looks alive, never in
 * the future: a date that has not yet come this year goes to last year.
 */
record DemoDates(LocalDate today) {

	LocalDate inDemoYear(MonthDay day) {
		LocalDate date = day.atYear(today.getYear());
		return date.isAfter(today) ? date.minusYears(1) : date;
	}

}
