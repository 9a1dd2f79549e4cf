package se.samskapa.lending;

import java.time.LocalDate;

/**
 * A day a site is closed although its weekday is open.
 *
 * @param reason why (a holiday, staff training), or {@code null}
 */
public record ClosedDay(LocalDate day, String reason) {

}
