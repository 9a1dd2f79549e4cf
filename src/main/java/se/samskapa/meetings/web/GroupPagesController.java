package se.samskapa.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MemberView;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.MeetingPermissions;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.MeetingSummary;
import se.samskapa.meetings.UpcomingMeeting;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * The groups and each group's page: what it is, who is in it, when it meets next, and its
 * minutes. Coordinators and the group's chair and note-taker prepare meetings from here.
 */
@Controller
class GroupPagesController {

	private final GroupManagement groups;

	private final MeetingReader reader;

	private final MeetingManagement meetings;

	private final MeetingPermissions permissions;

	private final DirectoryManagement directory;

	private final Dates dates;

	GroupPagesController(GroupManagement groups, MeetingReader reader, MeetingManagement meetings,
			MeetingPermissions permissions, DirectoryManagement directory, Dates dates) {
		this.groups = groups;
		this.reader = reader;
		this.meetings = meetings;
		this.permissions = permissions;
		this.directory = directory;
		this.dates = dates;
	}

	@GetMapping("/grupper")
	String groups(Model model) {
		List<GroupView> all = groups.groups();
		LocalDate today = dates.today();
		Map<Long, UpcomingMeeting> next = new LinkedHashMap<>();
		reader.upcoming(all.stream().map(GroupView::id).toList(), today, today.plusMonths(3))
			.stream()
			.filter(u -> !u.cancelled())
			.forEach(u -> next.putIfAbsent(u.groupId(), u));
		model.addAttribute("groups", all);
		model.addAttribute("next", next);
		return "meetings/groups";
	}

	@GetMapping("/grupper/{slug}")
	String group(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		GroupView group = groups.groupBySlug(slug).orElseThrow(() -> NotFoundException.of("group", slug));
		boolean member = permissions.isMember(user, group.id());
		LocalDate today = dates.today();
		List<MeetingSummary> archive = reader.ofGroup(group.id())
			.stream()
			.filter(m -> m.published() || member)
			.filter(m -> !m.date().isAfter(today))
			.toList();
		List<MemberView> members = groups.members(group.id());
		Map<Long, String> names = directory.personNames(members.stream().map(MemberView::personId).toList());
		Map<Long, String> organisations = directory.organisationNames();
		model.addAttribute("group", group);
		model.addAttribute("reportsTo",
				group.reportsToId() == null ? null : groups.group(group.reportsToId()).orElse(null));
		model.addAttribute("workingGroups", groups.workingGroupsOf(group.id()));
		model.addAttribute("rule", groups.rule(group.id()).orElse(null));
		model.addAttribute("upcoming", reader.upcoming(List.of(group.id()), today, today.plusWeeks(10)));
		model.addAttribute("archive", archive);
		model.addAttribute("members",
				members.stream()
					.sorted(Comparator.comparing(MemberView::role)
						.thenComparing(m -> names.getOrDefault(m.personId(), ""), EditorModel.SWEDISH))
					.toList());
		model.addAttribute("names", names);
		model.addAttribute("organisations", organisations);
		model.addAttribute("isMember", member);
		model.addAttribute("canSchedule", permissions.canSchedule(user, group.id()));
		return "meetings/group";
	}

	/** Prepares the meeting the rule gives for an occurrence, and opens its editor. */
	@PostMapping("/grupper/{slug}/forbered")
	String prepare(@PathVariable String slug, @RequestParam LocalDate ruleDate,
			@AuthenticationPrincipal SamskapaUser user) {
		GroupView group = groups.groupBySlug(slug).orElseThrow(() -> NotFoundException.of("group", slug));
		permissions.requirePublish(user, group.id());
		long id = meetings.prepare(group.id(), ruleDate);
		return "redirect:/moten/" + id + "/skriv";
	}

	@GetMapping("/grupper/{slug}/nytt-mote")
	String extraForm(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		GroupView group = groups.groupBySlug(slug).orElseThrow(() -> NotFoundException.of("group", slug));
		permissions.requirePublish(user, group.id());
		model.addAttribute("group", group);
		return "meetings/new-meeting";
	}

	@PostMapping("/grupper/{slug}/nytt-mote")
	String extra(@PathVariable String slug, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime end,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String title,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		GroupView group = groups.groupBySlug(slug).orElseThrow(() -> NotFoundException.of("group", slug));
		permissions.requirePublish(user, group.id());
		Map<String, String> errors = new LinkedHashMap<>();
		if (date == null) {
			errors.put("date", "meeting.date.required");
		}
		if (start != null && end != null && !end.isAfter(start)) {
			errors.put("end", "meeting.end.before.start");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("group", group);
			model.addAttribute("errors", errors);
			model.addAttribute("form",
					Map.of("date", date == null ? "" : date.toString(), "start", start == null ? "" : start.toString(),
							"end", end == null ? "" : end.toString(), "place", place, "title", title));
			return "meetings/new-meeting";
		}
		long id = meetings.createExtra(group.id(), date, start, end, place, title);
		return "redirect:/moten/" + id + "/skriv";
	}

}
