package se.samskapa.meetings.web;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.StartPage;
import se.samskapa.meetings.StartPages;
import se.samskapa.shared.Dates;

/**
 * The start page: the groups and their next meetings and the latest published minutes for
 * everyone; logged in, also the person's own open actions.
 */
@Controller
class HomeController {

	private final StartPages pages;

	private final Dates dates;

	HomeController(StartPages pages, Dates dates) {
		this.pages = pages;
		this.dates = dates;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SamskapaUser user, Model model) {
		LocalDate today = dates.today();
		StartPage page = pages.of(Optional.ofNullable(user).map(SamskapaUser::personId), today);
		model.addAttribute("groups", page.groups());
		model.addAttribute("upcoming", page.upcoming());
		model.addAttribute("latest", page.latest());
		model.addAttribute("today", today);
		page.myActions().ifPresent(actions -> model.addAttribute("myActions", actions));
		return "meetings/home";
	}

}
