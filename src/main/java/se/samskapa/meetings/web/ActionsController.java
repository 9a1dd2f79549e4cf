package se.samskapa.meetings.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.meetings.ActionFilter;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.ActionItemView;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.DueKind;
import se.samskapa.meetings.MeetingPermissions;
import se.samskapa.meetings.internal.MinutesMarkdown;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * Every open action item across groups (filterable, exportable as CSV), one action with
 * its history, and marking an action done, carried over or dropped outside a meeting.
 */
@Controller
class ActionsController {

	private final ActionItemManagement actions;

	private final MeetingPermissions permissions;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final MinutesMarkdown minutesText;

	private final MessageSource messages;

	private final Dates dates;

	ActionsController(ActionItemManagement actions, MeetingPermissions permissions, GroupManagement groups,
			DirectoryManagement directory, MinutesMarkdown minutesText, MessageSource messages, Dates dates) {
		this.actions = actions;
		this.permissions = permissions;
		this.groups = groups;
		this.directory = directory;
		this.minutesText = minutesText;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/atgarder")
	String list(@RequestParam(required = false) Long grupp, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Long organisation, @RequestParam(defaultValue = "false") boolean forsenade,
			Model model) {
		ActionFilter filter = new ActionFilter(grupp, person, organisation, forsenade);
		model.addAttribute("actions", actions.open(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("groups", groups.groups());
		model.addAttribute("people", directory.people());
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("today", dates.today());
		return "meetings/actions";
	}

	@GetMapping("/atgarder.csv")
	void csv(@RequestParam(required = false) Long grupp, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Long organisation, @RequestParam(defaultValue = "false") boolean forsenade,
			HttpServletResponse response) throws IOException {
		List<ActionItemView> open = actions.open(new ActionFilter(grupp, person, organisation, forsenade));
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"atgarder-" + dates.today() + ".csv\"");
		Writer writer = response.getWriter();
		// A byte order mark, so that Excel opens Swedish letters correctly.
		writer.write('\ufeff');
		CSVFormat format = CSVFormat.EXCEL.builder()
			.setDelimiter(';')
			.setHeader(header(locale, "csv.what", "csv.owners", "csv.due", "csv.due.text", "csv.group", "csv.meeting",
					"csv.overdue", "csv.link"))
			.get();
		LocalDate today = dates.today();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (ActionItemView action : open) {
				printer.printRecord(action.what(), action.ownerNames(), action.due().date(), dueText(action.due()),
						action.groupName(), action.meetingDate(),
						action.overdueOn(today) ? messages.getMessage("common.yes", null, locale)
								: messages.getMessage("common.no", null, locale),
						"/atgarder/" + action.id());
			}
		}
	}

	@GetMapping("/atgarder/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, Model model) {
		ActionItemView action = actions.find(id).orElseThrow(() -> NotFoundException.of("action", id));
		model.addAttribute("action", action);
		model.addAttribute("canUpdate", permissions.canUpdateAction(user, action));
		model.addAttribute("today", dates.today());
		return "meetings/action";
	}

	@PostMapping("/atgarder/{id}/status")
	String update(@PathVariable long id, @RequestParam String outcome,
			@RequestParam(required = false) LocalDate newDueDate, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String back, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		ActionItemView action = actions.find(id).orElseThrow(() -> NotFoundException.of("action", id));
		permissions.requireUpdateAction(user, action);
		String problem = null;
		switch (outcome) {
			case "done" -> actions.markDone(id, null, user.getUsername(), note);
			case "carry" -> {
				if (newDueDate == null) {
					problem = "action.due.date.required";
				}
				else {
					actions.carryOver(id, Due.on(newDueDate), null, user.getUsername(), note);
				}
			}
			case "drop" -> {
				if (note.isBlank()) {
					problem = "action.drop.note.required";
				}
				else {
					actions.drop(id, null, user.getUsername(), note);
				}
			}
			case "reopen" -> actions.reopen(id, null, user.getUsername());
			default -> problem = "action.outcome.unknown";
		}
		redirect.addFlashAttribute(problem == null ? "message" : "problem",
				problem == null ? "action.updated" : problem);
		return "redirect:" + ("mina-sidor".equals(back) ? "/mina-sidor" : "/atgarder/" + id);
	}

	private String dueText(Due due) {
		return due.kind() == DueKind.TEXT ? due.text() : minutesText.due(due);
	}

	private String[] header(Locale locale, String... keys) {
		String[] header = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			header[i] = messages.getMessage(keys[i], null, locale);
		}
		return header;
	}

}
