package se.samskapa.lending.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.samskapa.directory.AccountView;
import se.samskapa.lending.ClosedDay;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.SwedishHolidays;
import se.samskapa.lending.SwedishHolidays.Holiday;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * The site edit page, which several forms post to: each form that fails comes back as it
 * was typed, with its errors, and the rest of the page as saved.
 */
@Component
class SiteAdminPage {

	/** Accounts found by a search for staff. */
	static final int FOUND = 20;

	private final LendingCatalogue catalogue;

	private final LendingManagement lending;

	private final LendingPermissions permissions;

	private final Dates dates;

	SiteAdminPage(LendingCatalogue catalogue, LendingManagement lending, LendingPermissions permissions, Dates dates) {
		this.catalogue = catalogue;
		this.lending = lending;
		this.permissions = permissions;
		this.dates = dates;
	}

	SiteView site(long id) {
		return catalogue.site(id).orElseThrow(() -> NotFoundException.of("lending site", id));
	}

	String render(SiteView site, String staffQuery, Model model) {
		LocalDate today = dates.today();
		List<ClosedDay> closed = catalogue.closedDays(site.id(), today);
		Set<LocalDate> closedDays = closed.stream().map(ClosedDay::day).collect(Collectors.toSet());
		List<AccountView> staff = permissions.staffOf(site.id());
		Set<Long> staffIds = staff.stream().map(AccountView::id).collect(Collectors.toSet());
		model.addAttribute("site", site);
		model.addAttribute("weekdays", weekdayNames());
		model.addAttribute("dueToday", lending.dueDate(site.id()));
		model.addAttribute("closedDays", closed.stream().map(c -> new ClosedDayRow(c, dates.day(c.day()))).toList());
		model.addAttribute("holidays", suggestions(site, today, closedDays));
		model.addAttribute("staff", staff);
		model.addAttribute("sok", staffQuery == null ? "" : staffQuery.trim());
		model.addAttribute("found",
				permissions.searchAccounts(staffQuery, FOUND + staffIds.size())
					.stream()
					.filter(a -> !staffIds.contains(a.id()))
					.limit(FOUND)
					.toList());
		if (!model.containsAttribute("siteForm")) {
			model.addAttribute("siteForm", SiteForm.of(site));
		}
		if (!model.containsAttribute("hoursForm")) {
			model.addAttribute("hoursForm", HoursForm.of(site));
		}
		if (!model.containsAttribute("closedDayForm")) {
			model.addAttribute("closedDayForm", ClosedDayForm.empty());
		}
		return "lending/admin/site";
	}

	/**
	 * A closed day with its date written out ("torsdag 24 december", with the year when
	 * it is not this year), ready for the page and its button's label.
	 */
	record ClosedDayRow(ClosedDay closed, String shown) {
	}

	/** Måndag, tisdag … in the reader's language, for the opening hours' rows. */
	private static Map<DayOfWeek, String> weekdayNames() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<DayOfWeek, String> names = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			String name = day.getDisplayName(TextStyle.FULL, locale);
			names.put(day, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}
		return names;
	}

	/**
	 * Holidays of the coming year that fall on a day the site would otherwise be open and
	 * are not closed days yet.
	 */
	static List<Holiday> suggestions(SiteView site, LocalDate today, Set<LocalDate> closedDays) {
		Set<DayOfWeek> open = site.calendar().openWeekdays();
		return SwedishHolidays.between(today, today.plusYears(1))
			.stream()
			.filter(h -> open.contains(h.day().getDayOfWeek()) && !closedDays.contains(h.day()))
			.toList();
	}

}
