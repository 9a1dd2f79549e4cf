package se.samskapa.meetings.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.AgendaPart;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.MinutesManagement;
import se.samskapa.shared.web.Htmx;

/**
 * The minutes editor: the agenda and the notes per item, written during the meeting.
 * Every change works as a plain form post; with JavaScript, htmx sends it in the
 * background and swaps only the part that changed, and the notes save themselves while
 * being typed.
 */
@Controller
class MinutesEditorController {

	private final EditorModel editor;

	private final MinutesManagement minutes;

	private final ProposalTargets targets;

	MinutesEditorController(EditorModel editor, MinutesManagement minutes, ProposalTargets targets) {
		this.editor = editor;
		this.minutes = minutes;
		this.targets = targets;
	}

	@GetMapping("/moten/{id}/skriv")
	String editor(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, Model model) {
		editor.populate(model, id, user);
		return "meetings/editor";
	}

	/** Autosave and the plain "Spara" button both land here. */
	@PostMapping("/moten/{id}/punkter/{itemId}/anteckningar")
	String saveNotes(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String notes,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		MeetingDetails details = editor.requireWritable(id, user);
		requireItem(details, itemId);
		Instant saved = minutes.saveNotes(itemId, notes);
		if (Htmx.isHtmx(request)) {
			model.addAttribute("savedAt", saved);
			return "meetings/editor :: save-status";
		}
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/moten/" + id + "/skriv#punkt-" + itemId;
	}

	@PostMapping("/moten/{id}/punkter")
	String addItem(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) AgendaPart part, @RequestParam(required = false) String presenter,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		if (title.isBlank()) {
			editor.populate(model, id, user);
			model.addAttribute("newItemError", "agenda.title.required");
			model.addAttribute("newItemPresenter", presenter);
			return "meetings/editor";
		}
		long itemId = minutes.addAgendaItem(id, title, part, presenter, user.personId());
		return "redirect:/moten/" + id + "/skriv#punkt-" + itemId;
	}

	@PostMapping("/moten/{id}/punkter/{itemId}")
	String describeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) AgendaPart part, @RequestParam(required = false) String presenter,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		MeetingDetails details = editor.requireWritable(id, user);
		requireItem(details, itemId);
		if (!title.isBlank()) {
			minutes.describeAgendaItem(itemId, title, part, presenter);
		}
		return item(id, itemId, user, request, model, redirect, title.isBlank() ? "agenda.title.required" : null);
	}

	@PostMapping("/moten/{id}/punkter/{itemId}/flytta")
	String moveItem(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean up,
			@AuthenticationPrincipal SamskapaUser user) {
		requireItem(editor.requireWritable(id, user), itemId);
		minutes.moveAgendaItem(itemId, up);
		return "redirect:/moten/" + id + "/skriv#punkt-" + itemId;
	}

	@PostMapping("/moten/{id}/punkter/{itemId}/ta-bort")
	String removeItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		requireItem(editor.requireWritable(id, user), itemId);
		minutes.removeAgendaItem(itemId);
		redirect.addFlashAttribute("message", "agenda.removed");
		return "redirect:/moten/" + id + "/skriv#dagordning";
	}

	@PostMapping("/moten/{id}/punkter/{itemId}/beslut")
	String addDecision(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		requireItem(editor.requireWritable(id, user), itemId);
		if (!text.isBlank()) {
			minutes.addDecision(id, itemId, text);
		}
		else {
			model.addAttribute("decisionText", text);
		}
		return item(id, itemId, user, request, model, redirect, text.isBlank() ? "decision.text.required" : null);
	}

	@PostMapping("/moten/{id}/beslut/{decisionId}/ta-bort")
	String removeDecision(@PathVariable long id, @PathVariable long decisionId, @RequestParam long itemId,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		MeetingDetails details = editor.requireWritable(id, user);
		boolean ours = details.decisions().stream().anyMatch(d -> d.id() == decisionId);
		if (!ours) {
			throw se.samskapa.shared.NotFoundException.of("decision", decisionId);
		}
		minutes.removeDecision(decisionId);
		return item(id, itemId, user, request, model, redirect, null);
	}

	/** Proposes an item for another group's coming meeting (preparing it if need be). */
	@PostMapping("/moten/{id}/forslag")
	String propose(@PathVariable long id, @RequestParam(defaultValue = "") String target,
			@RequestParam(defaultValue = "") String title, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		if (title.isBlank() || target.isBlank()) {
			redirect.addFlashAttribute("problem", "agenda.proposal.incomplete");
			return "redirect:/moten/" + id + "/skriv#forslag";
		}
		long targetMeeting = targets.resolve(target);
		minutes.proposeItem(id, targetMeeting, title, user.personId());
		redirect.addFlashAttribute("message", "agenda.proposal.sent");
		return "redirect:/moten/" + id + "/skriv#forslag";
	}

	/** After a change to one item: its fragment for htmx, else back to it on the page. */
	private String item(long id, long itemId, SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect, String error) {
		if (!Htmx.isHtmx(request)) {
			if (error != null) {
				redirect.addFlashAttribute("problem", error);
			}
			return "redirect:/moten/" + id + "/skriv#punkt-" + itemId;
		}
		MeetingDetails details = editor.populate(model, id, user);
		editor.selectItem(model, details, itemId);
		model.addAttribute("itemError", error);
		return "meetings/editor :: agenda-item";
	}

	private static void requireItem(MeetingDetails details, long itemId) {
		if (details.agenda().stream().noneMatch(i -> i.id() == itemId)) {
			throw se.samskapa.shared.NotFoundException.of("agenda item", itemId);
		}
	}

}
