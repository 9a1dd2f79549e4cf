package se.samskapa.meetings.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.AttendanceStatus;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.shared.web.Htmx;

/**
 * Attendance (one click per person), guests, and who takes the notes and approves them.
 */
@Controller
class AttendanceController {

	private final EditorModel editor;

	private final MeetingManagement meetings;

	private final DirectoryManagement directory;

	AttendanceController(EditorModel editor, MeetingManagement meetings, DirectoryManagement directory) {
		this.editor = editor;
		this.meetings = meetings;
		this.directory = directory;
	}

	@PostMapping("/moten/{id}/narvaro")
	String mark(@PathVariable long id, @RequestParam long personId, @RequestParam AttendanceStatus status,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model) {
		editor.requireWritable(id, user);
		meetings.setAttendance(id, personId, status);
		if (Htmx.isHtmx(request)) {
			editor.populate(model, id, user);
			model.addAttribute("row",
					((java.util.List<?>) model.getAttribute("roster")).stream()
						.map(RosterRow.class::cast)
						.filter(r -> r.personId() == personId)
						.findFirst()
						.orElseThrow());
			return "meetings/editor :: roster-row";
		}
		return "redirect:/moten/" + id + "/skriv#narvaro";
	}

	@PostMapping("/moten/{id}/narvaro/{personId}/ta-bort")
	String remove(@PathVariable long id, @PathVariable long personId, @AuthenticationPrincipal SamskapaUser user) {
		editor.requireWritable(id, user);
		meetings.removeAttendance(id, personId);
		return "redirect:/moten/" + id + "/skriv#narvaro";
	}

	/**
	 * A guest: someone in the directory, or a new person by name, with the organisation
	 * they came for.
	 */
	@PostMapping("/moten/{id}/gaster")
	String guest(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "") String organisationLabel, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		Long guestId = personId;
		if (guestId == null && !name.isBlank()) {
			guestId = directory.searchPeople(name, 5)
				.stream()
				.filter(p -> p.fullName().equalsIgnoreCase(name.trim())
						|| p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name.trim())))
				.map(PersonView::id)
				.findFirst()
				.orElseGet(() -> directory.createPerson(name).id());
		}
		if (guestId == null) {
			redirect.addFlashAttribute("problem", "attendance.guest.name.required");
			return "redirect:/moten/" + id + "/skriv#narvaro";
		}
		meetings.recordAttendance(id, guestId, AttendanceStatus.PRESENT, true, organisationId,
				organisationLabel.isBlank() ? null : organisationLabel);
		redirect.addFlashAttribute("message", "attendance.guest.added");
		return "redirect:/moten/" + id + "/skriv#narvaro";
	}

	@PostMapping("/moten/{id}/roller")
	String roles(@PathVariable long id, @RequestParam(required = false) Long noteTakerId,
			@RequestParam(required = false) Long adjusterId, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		editor.requireWritable(id, user);
		meetings.assignRoles(id, noteTakerId, adjusterId);
		redirect.addFlashAttribute("message", "common.saved");
		return "redirect:/moten/" + id + "/skriv#roller";
	}

}
