package se.samskapa.lending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The days a site is open: its weekdays with opening hours, minus its closed days. A loan
 * falls due on an open day, so that the borrower can always bring the item back on the
 * day it is due.
 *
 * @param openWeekdays the weekdays with opening hours
 * @param closedDays single days the site is closed although its weekday is open
 */
public record OpeningCalendar(Set<DayOfWeek> openWeekdays, Set<LocalDate> closedDays) {

	/** Far enough for a site closed all summer, short enough never to loop for long. */
	private static final int SEARCH_DAYS = 366;

	public OpeningCalendar {
		openWeekdays = Set.copyOf(openWeekdays);
		closedDays = Set.copyOf(closedDays);
	}

	public boolean isOpen(LocalDate day) {
		return openWeekdays.contains(day.getDayOfWeek()) && !closedDays.contains(day);
	}

	/**
	 * The first open day on or after the given one. A site without any open day in the
	 * coming year (no opening hours entered yet) gives the day itself: staff can still
	 * set the due date by hand.
	 */
	public LocalDate nextOpenDay(LocalDate onOrAfter) {
		for (int i = 0; i < SEARCH_DAYS; i++) {
			LocalDate day = onOrAfter.plusDays(i);
			if (isOpen(day)) {
				return day;
			}
		}
		return onOrAfter;
	}

	/** The loan period from the day of lending, moved forward to the next open day. */
	public LocalDate dueDate(LocalDate lentOn, int loanDays) {
		return nextOpenDay(lentOn.plusDays(loanDays));
	}

	/**
	 * The last day to collect an item held for a reservation: the hold period from the
	 * day it was put aside, moved forward to the next open day, so that the last day is
	 * one the borrower can come in.
	 */
	public LocalDate pickupDeadline(LocalDate heldOn, int holdDays) {
		return nextOpenDay(heldOn.plusDays(holdDays));
	}

}
