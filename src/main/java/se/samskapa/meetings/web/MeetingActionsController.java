package se.samskapa.meetings.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.ActionItemView;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.DueKind;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.web.Htmx;

/**
 * Action items in the minutes editor: given under an agenda item, and followed up in the
 * "Uppföljning" section (done, carried over, dropped).
 */
@Controller
class MeetingActionsController {

	private final EditorModel editor;

	private final ActionItemManagement actions;

	private final MeetingManagement meetings;

	MeetingActionsController(EditorModel editor, ActionItemManagement actions, MeetingManagement meetings) {
		this.editor = editor;
		this.actions = actions;
		this.meetings = meetings;
	}

	@PostMapping("/moten/{id}/punkter/{itemId}/atgarder")
	String add(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("submittedAction") ActionForm form,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		MeetingDetails details = editor.requireWritable(id, user);
		if (!EditorModel.sameMeeting(details, itemId)) {
			throw NotFoundException.of("agenda item", itemId);
		}
		String problem = form.problem();
		if (problem == null) {
			actions.create(id, itemId, form.what(), form.owners(), form.due(), user.getUsername());
		}
		if (!Htmx.isHtmx(request)) {
			if (problem != null) {
				redirect.addFlashAttribute("problem", problem);
			}
			return "redirect:/moten/" + id + "/skriv#punkt-" + itemId;
		}
		MeetingDetails updated = editor.populate(model, id, user);
		editor.selectItem(model, updated, itemId);
		if (problem != null) {
			model.addAttribute("actionError", problem);
			model.addAttribute("actionForm", form);
		}
		return "meetings/editor :: agenda-item";
	}

	@PostMapping("/moten/{id}/atgarder/{actionId}/ta-bort")
	String delete(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model) {
		MeetingDetails details = editor.requireWritable(id, user);
		ActionItemView action = details.actions()
			.stream()
			.filter(a -> a.id() == actionId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("action", actionId));
		actions.delete(actionId);
		if (!Htmx.isHtmx(request) || action.agendaItemId() == null) {
			return "redirect:/moten/" + id + "/skriv#punkt-" + action.agendaItemId();
		}
		MeetingDetails updated = editor.populate(model, id, user);
		editor.selectItem(model, updated, action.agendaItemId());
		return "meetings/editor :: agenda-item";
	}

	/** The outcome of following up an earlier action at this meeting. */
	@PostMapping("/moten/{id}/uppfoljning/{actionId}")
	String followUp(@PathVariable long id, @PathVariable long actionId, @RequestParam String outcome,
			@RequestParam(required = false) DueKind newDueKind, @RequestParam(required = false) LocalDate newDueDate,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		MeetingDetails details = editor.requireWritable(id, user);
		if (details.followUps().stream().noneMatch(a -> a.id() == actionId)) {
			throw NotFoundException.of("follow-up", actionId);
		}
		String problem = null;
		switch (outcome) {
			case "done" -> actions.markDone(actionId, id, user.getUsername(), note);
			case "carry" -> {
				if (newDueKind == DueKind.DATE && newDueDate == null) {
					problem = "action.due.date.required";
				}
				else {
					Due due = newDueKind == DueKind.DATE ? Due.on(newDueDate) : Due.nextMeeting(null);
					actions.carryOver(actionId, due, id, user.getUsername(), note);
				}
			}
			case "drop" -> {
				if (note.isBlank()) {
					problem = "action.drop.note.required";
				}
				else {
					actions.drop(actionId, id, user.getUsername(), note);
				}
			}
			case "reopen" -> actions.reopen(actionId, id, user.getUsername());
			default -> problem = "action.outcome.unknown";
		}
		if (!Htmx.isHtmx(request)) {
			if (problem != null) {
				redirect.addFlashAttribute("problem", problem);
			}
			return "redirect:/moten/" + id + "/skriv#uppfoljning-" + actionId;
		}
		MeetingDetails updated = editor.populate(model, id, user);
		model.addAttribute("action",
				updated.followUps().stream().filter(a -> a.id() == actionId).findFirst().orElseThrow());
		model.addAttribute("followUpError", problem);
		return "meetings/editor :: follow-up";
	}

	@PostMapping("/moten/{id}/uppfoljning")
	String refreshFollowUp(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		int added = meetings.refreshFollowUp(id);
		redirect.addFlashAttribute("message", added > 0 ? "followup.refreshed" : "followup.nothing.new");
		return "redirect:/moten/" + id + "/skriv#uppfoljning";
	}

}
