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

/** Due dates: the loan period from the day of lending, moved to the next open day. */
class OpeningCalendarUnitTests {

	/** Open Tuesday to Saturday, like many Fritidsbanken sites. */
	private static final Set<DayOfWeek> TUESDAY_TO_SATURDAY = Set.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);

	private final OpeningCalendar calendar = new OpeningCalendar(TUESDAY_TO_SATURDAY, Set.of());

	@Test
	void aLoanMadeOnAnOpenDayFallsDueOnTheSameWeekdayTwoWeeksLater() {
		LocalDate thursday = LocalDate.of(2026, 11, 19);
		assertThat(calendar.dueDate(thursday, 14)).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aDueDateOnAClosedWeekdayMovesToTheNextOpenDay() {
		// Lent on a Sunday (a market day, say): 14 days later is a Sunday, and Monday is
		// closed too.
		LocalDate sunday = LocalDate.of(2026, 11, 22);
		assertThat(calendar.dueDate(sunday, 14)).isEqualTo(LocalDate.of(2026, 12, 8))
			.matches(d -> d.getDayOfWeek() == TUESDAY);
	}

	@Test
	void closedDaysOverChristmasMoveTheDueDatePastAllOfThem() {
		OpeningCalendar christmas = new OpeningCalendar(TUESDAY_TO_SATURDAY, Set.of(LocalDate.of(2026, 12, 24),
				LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 29)));
		// Thursday 10 December + 14 = Thursday 24 December (julafton): closed until
		// Saturday, Sunday and Monday closed weekdays, Tuesday 29th closed as well.
		assertThat(christmas.dueDate(LocalDate.of(2026, 12, 10), 14)).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void theSitesOwnLoanPeriodCounts() {
		LocalDate tuesday = LocalDate.of(2026, 11, 24);
		assertThat(calendar.dueDate(tuesday, 21)).isEqualTo(LocalDate.of(2026, 12, 15));
		assertThat(calendar.dueDate(tuesday, 1)).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void aClosedDayOnAnOpenWeekdayIsClosed() {
		OpeningCalendar withHoliday = new OpeningCalendar(TUESDAY_TO_SATURDAY, Set.of(LocalDate.of(2026, 12, 8)));
		assertThat(withHoliday.isOpen(LocalDate.of(2026, 12, 8))).isFalse();
		assertThat(withHoliday.isOpen(LocalDate.of(2026, 12, 9))).isTrue();
		assertThat(withHoliday.dueDate(LocalDate.of(2026, 11, 22), 14)).isEqualTo(LocalDate.of(2026, 12, 9));
	}

	@Test
	void aSiteWithoutOpeningHoursKeepsThePlainDateForStaffToOverride() {
		OpeningCalendar none = new OpeningCalendar(Set.of(), Set.of());
		assertThat(none.dueDate(LocalDate.of(2026, 11, 22), 14)).isEqualTo(LocalDate.of(2026, 12, 6));
	}

}
