package se.samskapa.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.MeetingPermissions;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.MinutesVersion;
import se.samskapa.meetings.internal.MinutesPdf;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * Reading minutes: the page, the PDF and Markdown exports, and the published versions
 * with what changed between them. Published minutes are public; drafts only for the
 * group.
 */
@Controller
class MeetingPagesController {

	private final MeetingReader reader;

	private final MeetingPermissions permissions;

	private final MinutesPdf pdf;

	private final Dates dates;

	MeetingPagesController(MeetingReader reader, MeetingPermissions permissions, MinutesPdf pdf, Dates dates) {
		this.reader = reader;
		this.permissions = permissions;
		this.pdf = pdf;
		this.dates = dates;
	}

	@GetMapping("/moten/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, Model model) {
		MeetingDetails minutes = readable(id, user);
		model.addAttribute("m", minutes);
		model.addAttribute("today", dates.today());
		model.addAttribute("canWrite", permissions.canWrite(user, minutes.groupId(),
				minutes.noteTaker() == null ? null : minutes.noteTaker().id()));
		model.addAttribute("canPublish", permissions.canPublish(user, minutes.groupId()));
		model.addAttribute("canApprove", permissions.canApprove(user, minutes.groupId(),
				minutes.adjuster() == null ? null : minutes.adjuster().id()));
		model.addAttribute("versions", minutes.published() ? reader.versions(id).size() : 0);
		return "meetings/minutes";
	}

	@GetMapping("/moten/{id}/protokoll.md")
	ResponseEntity<String> markdown(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user) {
		MeetingDetails minutes = readable(id, user);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(minutes, "md"))
			.body(reader.markdown(id));
	}

	@GetMapping("/moten/{id}/protokoll.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user) {
		MeetingDetails minutes = readable(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(minutes, "pdf"))
			.body(pdf.render(minutes));
	}

	@GetMapping("/moten/{id}/versioner")
	String versions(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, Model model) {
		MeetingDetails minutes = readable(id, user);
		model.addAttribute("m", minutes);
		model.addAttribute("versions", reader.versions(id));
		return "meetings/versions";
	}

	/**
	 * One version; with {@code jamfor}, what changed from that earlier version to this
	 * one.
	 */
	@GetMapping("/moten/{id}/versioner/{version}")
	String version(@PathVariable long id, @PathVariable int version, @RequestParam(required = false) Integer jamfor,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		MeetingDetails minutes = readable(id, user);
		MinutesVersion shown = reader.version(id, version).orElseThrow(() -> NotFoundException.of("version", version));
		List<MinutesVersion> all = reader.versions(id);
		int compareWith = jamfor != null ? jamfor : version - 1;
		model.addAttribute("m", minutes);
		model.addAttribute("version", shown);
		model.addAttribute("versions", all);
		if (compareWith >= 1 && compareWith != version && reader.version(id, compareWith).isPresent()) {
			model.addAttribute("comparedWith", compareWith);
			model.addAttribute("diff", reader.diff(id, compareWith, version));
		}
		return "meetings/version";
	}

	private MeetingDetails readable(long id, SamskapaUser user) {
		MeetingDetails minutes = reader.details(id);
		permissions.requireRead(user, minutes.groupId(), minutes.status());
		return minutes;
	}

	private static String attachment(MeetingDetails minutes, String extension) {
		String name = "protokoll-" + minutes.groupSlug() + "-" + minutes.date() + "." + extension;
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
	}

}
