package se.samskapa.lending;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samskapa.lending.SwedishHolidays.Holiday;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swedish holidays against the almanac: Easter and the days that follow it, the
 * Saturdays of midsummer and All Saints, and the fixed days.
 */
class SwedishHolidaysUnitTests {

	@ParameterizedTest
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
			"2038, 2038-04-25", "2285, 2285-03-22" })
	void easterSundayFollowsTheGregorianRule(int year, LocalDate easter) {
		assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
	}

	@Test
	void theYear2027HasEveryHolidayOnItsDay() {
		assertThat(SwedishHolidays.of(2027)).extracting(h -> h.day() + " " + h.name())
			.containsExactly("2027-01-01 Nyårsdagen", "2027-01-06 Trettondedag jul", "2027-03-26 Långfredagen",
					"2027-03-28 Påskdagen", "2027-03-29 Annandag påsk", "2027-05-01 Första maj",
					"2027-05-06 Kristi himmelsfärdsdag", "2027-05-16 Pingstdagen", "2027-06-06 Sveriges nationaldag",
					"2027-06-25 Midsommarafton", "2027-06-26 Midsommardagen", "2027-11-06 Alla helgons dag",
					"2027-12-24 Julafton", "2027-12-25 Juldagen", "2027-12-26 Annandag jul", "2027-12-31 Nyårsafton");
	}

	@ParameterizedTest
	@CsvSource({ "2026, 2026-06-20, 2026-10-31", "2025, 2025-06-21, 2025-11-01", "2029, 2029-06-23, 2029-11-03",
			"2030, 2030-06-22, 2030-11-02" })
	void midsummerAndAllSaintsAreSaturdaysInTheirWeek(int year, LocalDate midsummer, LocalDate allSaints) {
		assertThat(SwedishHolidays.of(year)).extracting(Holiday::name, Holiday::day)
			.contains(org.assertj.core.groups.Tuple.tuple("Midsommardagen", midsummer),
					org.assertj.core.groups.Tuple.tuple("Midsommarafton", midsummer.minusDays(1)),
					org.assertj.core.groups.Tuple.tuple("Alla helgons dag", allSaints));
	}

	@Test
	void onlyTheThreeEvesAreMarkedAsEves() {
		assertThat(SwedishHolidays.of(2026)).filteredOn(Holiday::eve)
			.extracting(Holiday::name)
			.containsExactly("Midsommarafton", "Julafton", "Nyårsafton");
	}

	@Test
	void aPeriodAcrossTheNewYearTakesFromBothYears() {
		assertThat(SwedishHolidays.between(LocalDate.of(2026, 11, 22), LocalDate.of(2027, 1, 6)))
			.extracting(Holiday::name)
			.containsExactly("Julafton", "Juldagen", "Annandag jul", "Nyårsafton", "Nyårsdagen", "Trettondedag jul");
	}

}
