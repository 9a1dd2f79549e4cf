package se.samskapa.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates the Swedish way ("7 mars 2016", "torsdag 13 mars kl. 10.00") or the English way.
 * Without a locale the reader's language decides; documents (minutes as Markdown and PDF)
 * pass Swedish. Available in templates as {@code @dates}.
 */
@Component("dates")
public class Dates {

	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * Formatters by pattern and language: a page of meetings formats dozens of dates, and
	 * building a formatter parses its pattern each time.
	 */
	private static final Map<FormatterKey, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	private final Clock clock;

	public Dates(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** "7 mars 2016". */
	public String date(LocalDate date) {
		return date(date, reader());
	}

	public String date(LocalDate date, Locale locale) {
		return date == null ? "" : date.format(formatter("d MMMM yyyy", language(locale)));
	}

	/** The month, short, as on a calendar leaf: "mars", "aug.". */
	public String shortMonth(LocalDate date) {
		return date == null ? "" : date.format(formatter("MMM", language(reader())));
	}

	/** "torsdag 13 mars", with the year when it is not this year. */
	public String day(LocalDate date) {
		return day(date, reader());
	}

	public String day(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		String pattern = date.getYear() == today().getYear() ? "EEEE d MMMM" : "EEEE d MMMM yyyy";
		return date.format(formatter(pattern, language(locale)));
	}

	/** "torsdag 13 mars kl. 10.00". */
	public String dayAndTime(LocalDate date, LocalTime time) {
		return dayAndTime(date, time, reader());
	}

	public String dayAndTime(LocalDate date, LocalTime time, Locale locale) {
		if (time == null) {
			return day(date, locale);
		}
		return day(date, locale) + (isEnglish(locale) ? " at " : " kl. ") + time(time, locale);
	}

	/** "10.00" in Swedish, "10:00" in English. */
	public String time(LocalTime time) {
		return time(time, reader());
	}

	public String time(LocalTime time, Locale locale) {
		if (time == null) {
			return "";
		}
		return time.format(isEnglish(locale) ? ENGLISH_TIME : SWEDISH_TIME);
	}

	/** The time of day of a moment: "10.32". */
	public String time(Instant instant) {
		return instant == null ? "" : time(LocalDateTime.ofInstant(instant, ZONE).toLocalTime(), reader());
	}

	/** "10.00–12.00". */
	public String timeSpan(LocalTime start, LocalTime end) {
		return timeSpan(start, end, reader());
	}

	public String timeSpan(LocalTime start, LocalTime end, Locale locale) {
		if (start == null) {
			return "";
		}
		return end == null ? time(start, locale) : time(start, locale) + "–" + time(end, locale);
	}

	/** "7 mars 2016 kl. 14.05", for moments such as "approved at". */
	public String moment(Instant instant) {
		return moment(instant, reader());
	}

	public String moment(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
		return date(local.toLocalDate(), locale) + (isEnglish(locale) ? " at " : " kl. ")
				+ time(local.toLocalTime(), locale);
	}

	/** ISO date, for machine-readable attributes such as {@code <time datetime>}. */
	public String iso(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	public boolean isPast(LocalDate date) {
		return date != null && date.isBefore(today());
	}

	private static DateTimeFormatter formatter(String pattern, Locale locale) {
		return FORMATTERS.computeIfAbsent(new FormatterKey(pattern, locale),
				key -> DateTimeFormatter.ofPattern(key.pattern(), key.locale()));
	}

	private static Locale reader() {
		return LocaleContextHolder.getLocale();
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private static Locale language(Locale locale) {
		return isEnglish(locale) ? Locale.ENGLISH : SWEDISH;
	}

	private record FormatterKey(String pattern, Locale locale) {
	}

}
