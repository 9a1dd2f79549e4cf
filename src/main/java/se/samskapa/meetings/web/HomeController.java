package se.samskapa.meetings.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.shared.Dates;

/**
 * The start page: the groups and their next meetings and the latest published minutes for
 * everyone; logged in, also the person's own open actions.
 */
@Controller
class HomeController {

	private final GroupManagement groups;

	private final MeetingReader reader;

	private final ActionItemManagement actions;

	private final Dates dates;

	HomeController(GroupManagement groups, MeetingReader reader, ActionItemManagement actions, Dates dates) {
		this.groups = groups;
		this.reader = reader;
		this.actions = actions;
		this.dates = dates;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SamskapaUser user, Model model) {
		LocalDate today = dates.today();
		List<GroupView> all = groups.groups();
		model.addAttribute("groups", all);
		model.addAttribute("upcoming",
				reader.upcoming(GroupPagesController.ids(all), today, today.plusWeeks(6)).stream().limit(8).toList());
		model.addAttribute("latest", reader.latestPublished(6));
		model.addAttribute("today", today);
		if (user != null && user.personId() != null) {
			model.addAttribute("myActions", actions.openOfPerson(user.personId(), 6).first());
		}
		return "meetings/home";
	}

}
