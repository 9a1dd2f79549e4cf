package se.samskapa.lending.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samskapa.lending.OpeningHours;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening hours as a text message says them. */
class OpeningHoursTextUnitTests {

	@Test
	void daysInARowWithTheSameHoursAreOneSpan() {
		assertThat(OpeningHoursText.of(List.of(hours(DayOfWeek.SATURDAY, 10, 0, 14),
				hours(DayOfWeek.TUESDAY, 12, 0, 18), hours(DayOfWeek.WEDNESDAY, 12, 0, 18),
				hours(DayOfWeek.THURSDAY, 12, 0, 18), hours(DayOfWeek.FRIDAY, 12, 0, 18))))
			.isEqualTo("tisdag-fredag 12-18 och lördag 10-14");
	}

	@Test
	void daysApartOrWithOtherHoursAreNamedEach() {
		assertThat(OpeningHoursText.of(List.of(hours(DayOfWeek.MONDAY, 12, 30, 18),
				hours(DayOfWeek.WEDNESDAY, 12, 30, 18), hours(DayOfWeek.THURSDAY, 9, 0, 12))))
			.isEqualTo("måndag 12.30-18, onsdag 12.30-18 och torsdag 9-12");
		assertThat(OpeningHoursText.of(List.of())).isEmpty();
	}

	private static OpeningHours hours(DayOfWeek day, int opens, int minute, int closes) {
		return new OpeningHours(day, LocalTime.of(opens, minute), LocalTime.of(closes, 0));
	}

}
