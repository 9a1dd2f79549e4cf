package se.samskapa.meetings.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.MyPage;
import se.samskapa.meetings.MyPages;
import se.samskapa.meetings.UpcomingMeeting;
import se.samskapa.meetings.internal.CalendarTokens;
import se.samskapa.shared.Dates;

/**
 * "Mina sidor": my open action items (overdue first), my next meetings, minutes waiting
 * for my approval, and my calendar address.
 */
@Controller
class MyPagesController {

	/**
	 * The most pressing open actions are shown here; the rest are a click away, in the
	 * list of all actions. Someone with many open actions gets a page they can take in on
	 * a phone.
	 */
	static final int SHOWN_ACTIONS = 10;

	/** The next meetings shown unless all of the coming eight weeks are asked for. */
	static final int SHOWN_MEETINGS = 8;

	/** How far ahead the meetings reach ("de kommande åtta veckorna"). */
	static final int UPCOMING_WEEKS = 8;

	private final MyPages pages;

	private final CalendarTokens tokens;

	private final Dates dates;

	MyPagesController(MyPages pages, CalendarTokens tokens, Dates dates) {
		this.pages = pages;
		this.tokens = tokens;
		this.dates = dates;
	}

	@GetMapping("/mina-sidor")
	String mine(@RequestParam(name = "moten", defaultValue = "") String meetings,
			@AuthenticationPrincipal SamskapaUser user, Model model, HttpServletRequest request) {
		LocalDate today = dates.today();
		model.addAttribute("today", today);
		if (user.personId() == null) {
			model.addAttribute("noPerson", true);
			return "meetings/mine";
		}
		MyPage page = pages.of(user.personId(), today, SHOWN_ACTIONS, UPCOMING_WEEKS);
		model.addAttribute("myGroups", page.groups());
		model.addAttribute("myActions", page.actions().first());
		model.addAttribute("openActions", page.actions());
		List<UpcomingMeeting> upcoming = page.upcoming();
		boolean all = "alla".equals(meetings) || upcoming.size() <= SHOWN_MEETINGS;
		model.addAttribute("upcoming", all ? upcoming : upcoming.subList(0, SHOWN_MEETINGS));
		model.addAttribute("upcomingCount", upcoming.size());
		model.addAttribute("upcomingMore", !all);
		model.addAttribute("awaiting", page.awaiting());
		// Made outside the page's read-only transaction, on the first visit only.
		String token = page.calendarToken().orElseGet(() -> tokens.tokenFor(user.personId()));
		model.addAttribute("calendarUrl",
				ServletUriComponentsBuilder.fromContextPath(request)
					.path("/kalender/{token}.ics")
					.buildAndExpand(token)
					.toUriString());
		return "meetings/mine";
	}

	@PostMapping("/mina-sidor/kalender")
	String newCalendarAddress(@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		if (user.personId() != null) {
			tokens.replace(user.personId());
			redirect.addFlashAttribute("message", "mine.calendar.replaced");
		}
		return "redirect:/mina-sidor#kalender";
	}

}
