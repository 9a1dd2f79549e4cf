package se.samskapa.lending.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.OpeningHours;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.SwedishHolidays;
import se.samskapa.lending.SwedishHolidays.Holiday;
import se.samskapa.shared.Dates;

/**
 * A site's opening hours and closed days, for lending admins: the due-date rule moves a
 * loan's due date to the next day the site is open, so these decide when loans are due.
 */
@Controller
@RequestMapping("/fritidsbanken/admin/{siteId:\\d+}")
class SiteCalendarController {

	private final LendingCatalogue catalogue;

	private final LendingPermissions permissions;

	private final SiteAdminPage page;

	private final Dates dates;

	SiteCalendarController(LendingCatalogue catalogue, LendingPermissions permissions, SiteAdminPage page,
			Dates dates) {
		this.catalogue = catalogue;
		this.permissions = permissions;
		this.page = page;
		this.dates = dates;
	}

	@ModelAttribute
	void lendingAdminsOnly(@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
	}

	@PostMapping("/oppettider")
	String hours(@PathVariable long siteId, @ModelAttribute("hoursForm") HoursForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = page.site(siteId);
		Optional<List<OpeningHours>> hours = form.hours(result);
		if (hours.isEmpty()) {
			return page.render(site, null, model);
		}
		catalogue.setOpeningHours(siteId, hours.get(), user.getUsername());
		redirect.addFlashAttribute("message", "lending.admin.hours.saved");
		return "redirect:/fritidsbanken/admin/" + siteId + "#oppettider";
	}

	@PostMapping("/stangda-dagar")
	String addClosedDay(@PathVariable long siteId, @Valid @ModelAttribute("closedDayForm") ClosedDayForm form,
			BindingResult result, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = page.site(siteId);
		if (!result.hasFieldErrors("day") && form.day().isBefore(dates.today())) {
			result.rejectValue("day", "lending.site.closed.day.past");
		}
		if (!result.hasErrors()) {
			try {
				catalogue.addClosedDay(siteId, form.day(), form.reason(), user.getUsername());
				redirect.addFlashAttribute("message", "lending.admin.closed.added");
				return "redirect:/fritidsbanken/admin/" + siteId + "#stangda-dagar";
			}
			catch (InvalidInput ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page.render(site, null, model);
	}

	@PostMapping("/stangda-dagar/{day}/ta-bort")
	String removeClosedDay(@PathVariable long siteId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		page.site(siteId);
		catalogue.removeClosedDay(siteId, day, user.getUsername());
		redirect.addFlashAttribute("message", "lending.admin.closed.removed");
		return "redirect:/fritidsbanken/admin/" + siteId + "#stangda-dagar";
	}

	/**
	 * Adds the ticked holidays as closed days, each with its name as the reason; a day
	 * that is no holiday of the coming year is left out.
	 */
	@PostMapping("/helgdagar")
	String addHolidays(@PathVariable long siteId,
			@RequestParam(name = "dag",
					defaultValue = "") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> days,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		page.site(siteId);
		LocalDate today = dates.today();
		Map<LocalDate, Holiday> holidays = SwedishHolidays.between(today, today.plusYears(1))
			.stream()
			.collect(Collectors.toMap(Holiday::day, Function.identity()));
		List<Holiday> chosen = days.stream().distinct().map(holidays::get).filter(h -> h != null).toList();
		chosen.forEach(h -> catalogue.addClosedDay(siteId, h.day(), h.name(), user.getUsername()));
		redirect.addFlashAttribute("message",
				chosen.isEmpty() ? "lending.admin.holidays.none" : "lending.admin.holidays.added");
		return "redirect:/fritidsbanken/admin/" + siteId + "#stangda-dagar";
	}

}
