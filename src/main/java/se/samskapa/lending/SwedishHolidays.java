package se.samskapa.lending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sweden's public holidays (allmänna helgdagar, lag 1989:253) and the three eves that the
 * law on annual leave treats as Sundays (midsommarafton, julafton, nyårsafton): the days
 * a Fritidsbank is most likely closed. Written as rules rather than taken from a library:
 * the list is fixed by law, it is a dozen rules and Easter, and a holiday library would
 * bring XML data files and an XML binding library for one country's calendar.
 */
public final class SwedishHolidays {

	private SwedishHolidays() {
	}

	/** The holidays and eves of a year, in date order. */
	public static List<Holiday> of(int year) {
		LocalDate easter = easterSunday(year);
		List<Holiday> days = new ArrayList<>(List.of(fixed(year, 1, 1, "Nyårsdagen", false),
				fixed(year, 1, 6, "Trettondedag jul", false), new Holiday(easter.minusDays(2), "Långfredagen", false),
				new Holiday(easter, "Påskdagen", false), new Holiday(easter.plusDays(1), "Annandag påsk", false),
				new Holiday(easter.plusDays(39), "Kristi himmelsfärdsdag", false),
				new Holiday(easter.plusDays(49), "Pingstdagen", false), fixed(year, 5, 1, "Första maj", false),
				fixed(year, 6, 6, "Sveriges nationaldag", false),
				// Midsommardagen is the Saturday from 20 to 26 June; the eve is the day
				// before.
				new Holiday(saturdayFrom(year, 6, 20).minusDays(1), "Midsommarafton", true),
				new Holiday(saturdayFrom(year, 6, 20), "Midsommardagen", false),
				// Alla helgons dag is the Saturday from 31 October to 6 November.
				new Holiday(saturdayFrom(year, 10, 31), "Alla helgons dag", false),
				fixed(year, 12, 24, "Julafton", true), fixed(year, 12, 25, "Juldagen", false),
				fixed(year, 12, 26, "Annandag jul", false), fixed(year, 12, 31, "Nyårsafton", true)));
		days.sort(Comparator.comparing(Holiday::day));
		return List.copyOf(days);
	}

	/** The holidays and eves from one day to another, both included. */
	public static List<Holiday> between(LocalDate from, LocalDate to) {
		List<Holiday> days = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			of(year).stream().filter(h -> !h.day().isBefore(from) && !h.day().isAfter(to)).forEach(days::add);
		}
		return days;
	}

	/**
	 * Easter Sunday in the Gregorian calendar, by the anonymous algorithm (Meeus, Jones,
	 * Butcher).
	 */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	private static Holiday fixed(int year, int month, int day, String name, boolean eve) {
		return new Holiday(MonthDay.of(month, day).atYear(year), name, eve);
	}

	private static LocalDate saturdayFrom(int year, int month, int day) {
		return LocalDate.of(year, month, day).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
	}

	/**
	 * A public holiday, or an eve treated like one.
	 *
	 * @param eve midsommarafton, julafton or nyårsafton: not a public holiday in law, but
	 * a day off for most
	 */
	public record Holiday(LocalDate day, String name, boolean eve) {
	}

}
