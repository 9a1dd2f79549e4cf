package se.samskapa.lending.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import se.samskapa.lending.OpeningHours;
import se.samskapa.lending.SiteView;

/**
 * A site's opening hours as the form shows them: one row per weekday, Monday first, open
 * or closed (a closed day is no row in the database). Times stay as typed, so that a
 * mistake comes back as it was written, next to its field.
 */
public class HoursForm {

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))?");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH.mm");

	private List<Day> days = new ArrayList<>();

	public List<Day> getDays() {
		return days;
	}

	public void setDays(List<Day> days) {
		this.days = days;
	}

	static HoursForm of(SiteView site) {
		HoursForm form = new HoursForm();
		for (DayOfWeek weekday : DayOfWeek.values()) {
			Day day = new Day();
			day.setWeekday(weekday);
			site.hours().stream().filter(h -> h.day() == weekday).findFirst().ifPresent(h -> {
				day.setOpen(true);
				day.setOpens(h.opens().format(SHOWN));
				day.setCloses(h.closes().format(SHOWN));
			});
			form.days.add(day);
		}
		return form;
	}

	/**
	 * The opening hours, with every mistake rejected on its own field; empty when there
	 * was one.
	 */
	Optional<List<OpeningHours>> hours(BindingResult result) {
		List<OpeningHours> hours = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			Day day = days.get(i);
			if (day.getWeekday() == null || !day.isOpen()) {
				continue;
			}
			LocalTime opens = time(day.getOpens(), "days[" + i + "].opens", result);
			LocalTime closes = time(day.getCloses(), "days[" + i + "].closes", result);
			if (opens != null && closes != null) {
				if (!closes.isAfter(opens)) {
					result.rejectValue("days[" + i + "].closes", "lending.site.hours.order");
				}
				else {
					hours.add(new OpeningHours(day.getWeekday(), opens, closes));
				}
			}
		}
		return result.hasErrors() ? Optional.empty() : Optional.of(hours);
	}

	/** 12:00, 12.00 and 12 are all noon. */
	private static LocalTime time(String typed, String field, BindingResult result) {
		if (typed == null || typed.isBlank()) {
			result.rejectValue(field, "lending.site.hours.time.required");
			return null;
		}
		Matcher matcher = TIME.matcher(typed.trim());
		if (!matcher.matches()) {
			result.rejectValue(field, "lending.site.hours.time.invalid");
			return null;
		}
		int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
		return LocalTime.of(Integer.parseInt(matcher.group(1)), minutes);
	}

	/** One weekday's row. */
	public static class Day {

		private DayOfWeek weekday;

		private boolean open;

		private String opens = "";

		private String closes = "";

		public DayOfWeek getWeekday() {
			return weekday;
		}

		public void setWeekday(DayOfWeek weekday) {
			this.weekday = weekday;
		}

		public boolean isOpen() {
			return open;
		}

		public void setOpen(boolean open) {
			this.open = open;
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

	}

}
