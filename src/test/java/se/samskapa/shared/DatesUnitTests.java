package se.samskapa.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates the Swedish way, as DESIGN.md asks: "7 mars 2016", "torsdag 13 mars kl. 10.00".
 */
class DatesUnitTests {

	private final Dates dates = new Dates(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), Dates.ZONE));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void swedishDates() {
		LocaleContextHolder.setLocale(Dates.SWEDISH);
		assertThat(dates.date(LocalDate.of(2016, 3, 7))).isEqualTo("7 mars 2016");
		assertThat(dates.dayAndTime(LocalDate.of(2026, 3, 13), LocalTime.of(10, 0)))
			.isEqualTo("fredag 13 mars kl. 10.00");
		assertThat(dates.dayAndTime(LocalDate.of(2017, 4, 20), LocalTime.of(10, 0)))
			.isEqualTo("torsdag 20 april 2017 kl. 10.00");
		assertThat(dates.timeSpan(LocalTime.of(10, 0), LocalTime.of(12, 0))).isEqualTo("10.00–12.00");
	}

	@Test
	void englishDates() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.date(LocalDate.of(2016, 3, 7))).isEqualTo("7 March 2016");
		assertThat(dates.dayAndTime(LocalDate.of(2026, 3, 13), LocalTime.of(10, 0)))
			.isEqualTo("Friday 13 March at 10:00");
	}

	@Test
	void calendarLeavesShowTheShortMonthInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Dates.SWEDISH);
		assertThat(dates.shortMonth(LocalDate.of(2026, 3, 13))).isEqualTo("mars");
		assertThat(dates.shortMonth(LocalDate.of(2026, 8, 13))).isEqualTo("aug.");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.shortMonth(LocalDate.of(2026, 8, 13))).isEqualTo("Aug");
		assertThat(dates.date(LocalDate.of(2026, 8, 13))).isEqualTo("13 August 2026");
	}

	@Test
	void documentsAreSwedishWhateverTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.date(LocalDate.of(2026, 5, 16), Dates.SWEDISH)).isEqualTo("16 maj 2026");
	}

	@Test
	void momentsAreInStockholmTime() {
		LocaleContextHolder.setLocale(Dates.SWEDISH);
		assertThat(dates.moment(Instant.parse("2026-06-01T08:05:00Z"))).isEqualTo("1 juni 2026 kl. 10.05");
		assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 11, 22));
	}

}
