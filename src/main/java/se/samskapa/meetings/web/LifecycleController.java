package se.samskapa.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.MeetingPermissions;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.MinutesManagement;

/**
 * The way of minutes from draft to public: sent for approval, approved (justerat) by the
 * chair or the appointed justerare, published, and changed afterwards only with a reason.
 * Also the meeting's time and place, and cancelling it.
 */
@Controller
class LifecycleController {

	private final MeetingReader reader;

	private final MeetingManagement meetings;

	private final MinutesManagement minutes;

	private final MeetingPermissions permissions;

	private final EditorModel editor;

	LifecycleController(MeetingReader reader, MeetingManagement meetings, MinutesManagement minutes,
			MeetingPermissions permissions, EditorModel editor) {
		this.reader = reader;
		this.meetings = meetings;
		this.minutes = minutes;
		this.permissions = permissions;
		this.editor = editor;
	}

	@PostMapping("/moten/{id}/detaljer")
	String details(@PathVariable long id, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime end,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String title,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		if (date == null) {
			redirect.addFlashAttribute("problem", "meeting.date.required");
			return "redirect:/moten/" + id + "/skriv#detaljer";
		}
		meetings.reschedule(id, date, start, end, place, title);
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/moten/" + id + "/skriv#detaljer";
	}

	@PostMapping("/moten/{id}/installt")
	String cancel(@PathVariable long id, @RequestParam boolean cancelled, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		MeetingDetails details = reader.details(id);
		permissions.requirePublish(user, details.groupId());
		meetings.setCancelled(id, cancelled);
		redirect.addFlashAttribute("message", cancelled ? "meeting.cancelled" : "meeting.reinstated");
		return "redirect:/moten/" + id;
	}

	@PostMapping("/moten/{id}/skicka")
	String submit(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		minutes.submitForApproval(id, user.getUsername());
		redirect.addFlashAttribute("message", "minutes.submitted");
		return "redirect:/moten/" + id;
	}

	@PostMapping("/moten/{id}/justera")
	String approve(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		MeetingDetails details = reader.details(id);
		permissions.requireApprove(user, details.groupId(),
				details.adjuster() == null ? null : details.adjuster().id());
		minutes.approve(id, user.personId(), user.getUsername());
		redirect.addFlashAttribute("message", "minutes.approved");
		return "redirect:/moten/" + id;
	}

	@PostMapping("/moten/{id}/ateroppna")
	String reopen(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		MeetingDetails details = reader.details(id);
		permissions.requirePublish(user, details.groupId());
		minutes.reopen(id, user.getUsername());
		redirect.addFlashAttribute("message", "minutes.reopened");
		return "redirect:/moten/" + id + "/skriv";
	}

	@PostMapping("/moten/{id}/publicera")
	String publish(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		MeetingDetails details = reader.details(id);
		permissions.requirePublish(user, details.groupId());
		minutes.publish(id, user.getUsername());
		redirect.addFlashAttribute("message", "minutes.published");
		return "redirect:/moten/" + id;
	}

	@GetMapping("/moten/{id}/revidera")
	String reviseForm(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, Model model) {
		MeetingDetails details = reader.details(id);
		permissions.requirePublish(user, details.groupId());
		model.addAttribute("m", details);
		return "meetings/revise";
	}

	/**
	 * Changes published minutes. The form sends {@code notes[ITEM]} and
	 * {@code decisions[ID]}; the reason is required, and nothing typed is lost when it is
	 * missing.
	 */
	@PostMapping("/moten/{id}/revidera")
	String revise(@PathVariable long id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		MeetingDetails details = reader.details(id);
		permissions.requirePublish(user, details.groupId());
		Map<Long, String> notes = new HashMap<>();
		Map<Long, String> decisions = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("notes[") && key.endsWith("]")) {
				notes.put(Long.parseLong(key.substring(6, key.length() - 1)), value);
			}
			else if (key.startsWith("decisions[") && key.endsWith("]")) {
				decisions.put(Long.parseLong(key.substring(10, key.length() - 1)), value);
			}
		});
		String reason = form.getOrDefault("reason", "");
		if (reason.isBlank()) {
			model.addAttribute("m", details);
			model.addAttribute("reasonError", "minutes.revision.reason.required");
			model.addAttribute("notes", notes);
			model.addAttribute("decisionTexts", decisions);
			return "meetings/revise";
		}
		int version = minutes.revise(id, notes, decisions, reason, user.getUsername());
		redirect.addFlashAttribute("message", "minutes.revised");
		return "redirect:/moten/" + id + "/versioner/" + version;
	}

}
