package se.samskapa.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.UpcomingMeeting;
import se.samskapa.meetings.internal.CalendarFeeds;
import se.samskapa.meetings.internal.CalendarTokens;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * Calendar subscriptions: a group's meetings (public, like the group page) and a person's
 * meetings and actions behind a secret address.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final GroupManagement groups;

	private final MeetingReader reader;

	private final ActionItemManagement actions;

	private final CalendarFeeds feeds;

	private final CalendarTokens tokens;

	private final DirectoryManagement directory;

	private final Dates dates;

	CalendarController(GroupManagement groups, MeetingReader reader, ActionItemManagement actions, CalendarFeeds feeds,
			CalendarTokens tokens, DirectoryManagement directory, Dates dates) {
		this.groups = groups;
		this.reader = reader;
		this.actions = actions;
		this.feeds = feeds;
		this.tokens = tokens;
		this.directory = directory;
		this.dates = dates;
	}

	@GetMapping("/grupper/{slug}/kalender.ics")
	ResponseEntity<String> group(@PathVariable String slug, HttpServletRequest request) {
		GroupView group = groups.groupBySlug(slug).orElseThrow(() -> NotFoundException.of("group", slug));
		List<UpcomingMeeting> meetings = reader.upcoming(List.of(group.id()), dates.today().minusMonths(6),
				dates.today().plusMonths(12));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(feeds.feed(group.name(), meetings, List.of(), base(request)));
	}

	@GetMapping("/kalender/{token}.ics")
	ResponseEntity<String> person(@PathVariable String token, HttpServletRequest request) {
		long personId = tokens.personFor(token).orElseThrow(() -> NotFoundException.of("calendar", "token"));
		List<Long> groupIds = groups.groupsOf(personId).stream().map(GroupView::id).toList();
		List<UpcomingMeeting> meetings = reader.upcoming(groupIds, dates.today().minusMonths(6),
				dates.today().plusMonths(12));
		String name = "Samskapa – " + directory.person(personId).map(p -> p.fullName()).orElse("");
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Cache-Control", "private, no-store")
			.body(feeds.feed(name, meetings, actions.ofPerson(personId, true), base(request)));
	}

	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
