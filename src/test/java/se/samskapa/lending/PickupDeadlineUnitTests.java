package se.samskapa.lending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last day to collect a reserved item: the site's hold period (3 days unless the site
 * says otherwise) from the day the item was put aside, moved to the next day the site is
 * open, by the same calendar as due dates.
 */
class PickupDeadlineUnitTests {

	private static final Set<DayOfWeek> TUESDAY_TO_SATURDAY = Set.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);

	private final OpeningCalendar calendar = new OpeningCalendar(TUESDAY_TO_SATURDAY, Set.of());

	@Test
	void heldThreeDaysFromAnOpenDay() {
		// Held on Tuesday: collect by Friday.
		assertThat(calendar.pickupDeadline(LocalDate.of(2026, 11, 24), ReservationManagement.DEFAULT_HOLD_DAYS))
			.isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void aLastDayOnAClosedWeekdayMovesToTheNextOpenDay() {
		// Reserved online on Sunday: three days later is Wednesday, open.
		assertThat(calendar.pickupDeadline(LocalDate.of(2026, 11, 22), 3)).isEqualTo(LocalDate.of(2026, 11, 25));
		// Held on Friday: Monday is closed, so the last day is Tuesday.
		assertThat(calendar.pickupDeadline(LocalDate.of(2026, 11, 27), 3)).isEqualTo(LocalDate.of(2026, 12, 1))
			.matches(day -> day.getDayOfWeek() == TUESDAY);
		// Held on Thursday: Sunday is closed too, so Tuesday as well.
		assertThat(calendar.pickupDeadline(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void closedDaysMoveTheLastDayPastAllOfThem() {
		OpeningCalendar christmas = new OpeningCalendar(TUESDAY_TO_SATURDAY, Set.of(LocalDate.of(2026, 12, 24),
				LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 29)));
		// Held on Monday 21 December (returned through the letterbox): Thursday 24th is
		// julafton, then closed until Wednesday 30th.
		assertThat(christmas.pickupDeadline(LocalDate.of(2026, 12, 21), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void theSitesOwnHoldPeriodCounts() {
		LocalDate tuesday = LocalDate.of(2026, 11, 24);
		assertThat(calendar.pickupDeadline(tuesday, 1)).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(calendar.pickupDeadline(tuesday, 7)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void theLastDayIsAlwaysAnOpenDay() {
		for (int day = 0; day < 60; day++) {
			LocalDate heldOn = LocalDate.of(2026, 11, 1).plusDays(day);
			LocalDate deadline = calendar.pickupDeadline(heldOn, 3);
			assertThat(calendar.isOpen(deadline)).as("held on %s", heldOn).isTrue();
			assertThat(deadline).isAfterOrEqualTo(heldOn.plusDays(3)).isBefore(heldOn.plusDays(6));
		}
	}

	@Test
	void aSiteWithoutOpeningHoursKeepsThePlainDate() {
		OpeningCalendar none = new OpeningCalendar(Set.of(), Set.of());
		assertThat(none.pickupDeadline(LocalDate.of(2026, 11, 22), 3)).isEqualTo(LocalDate.of(2026, 11, 25));
	}

}
