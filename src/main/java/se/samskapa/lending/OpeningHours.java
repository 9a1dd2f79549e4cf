package se.samskapa.lending;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A site is open on this weekday between these times. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

}
