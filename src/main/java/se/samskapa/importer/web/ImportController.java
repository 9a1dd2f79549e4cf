package se.samskapa.importer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.importer.ImportBatchView;
import se.samskapa.importer.ImportBatchView.FileSummary;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportFileStatus;
import se.samskapa.importer.ImportFileView;
import se.samskapa.importer.ImportManagement;
import se.samskapa.importer.ImportSummary;
import se.samskapa.importer.reading.SourceFile;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;
import se.samskapa.shared.web.Htmx;

/**
 * Importing existing minutes in the browser: upload files or a zip, follow the reading,
 * review each draft beside its original text, save.
 */
@Controller
@RequestMapping("/import")
class ImportController {

	private static final int RECENT_BATCHES = 10;

	private final ImportManagement imports;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	ImportController(ImportManagement imports, GroupManagement groups, DirectoryManagement directory) {
		this.imports = imports;
		this.groups = groups;
		this.directory = directory;
	}

	@InitBinder("draftForm")
	void rows(WebDataBinder binder) {
		// Long minutes have many sections; the default limit of 256 rows would cut them.
		binder.setAutoGrowCollectionLimit(2000);
	}

	@GetMapping
	String start(Model model) {
		model.addAttribute("uploadForm", UploadForm.defaults());
		return uploadPage(model);
	}

	@PostMapping
	String upload(@Valid @ModelAttribute("uploadForm") UploadForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		List<SourceFile> sources = sources(files);
		if (sources.isEmpty()) {
			result.reject("importer.upload.no.files");
		}
		if (form.groupId() != null && groups.group(form.groupId()).isEmpty()) {
			result.rejectValue("groupId", "importer.group.unknown");
		}
		if (result.hasErrors()) {
			return uploadPage(model);
		}
		long batchId = imports.start(user.getUsername(), sources, form.options());
		return "redirect:/import/" + batchId;
	}

	@GetMapping("/{batchId}")
	String batch(@PathVariable long batchId, HttpServletRequest request, Model model) {
		model.addAttribute("batch", batchOrNotFound(batchId));
		model.addAttribute("groupNames", groupNames());
		return Htmx.isHtmx(request) ? "importer/batch :: files" : "importer/batch";
	}

	@PostMapping("/{batchId}/spara")
	String saveAll(@PathVariable long batchId, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		batchOrNotFound(batchId);
		ImportSummary summary = imports.saveAll(batchId, user.getUsername());
		redirect.addFlashAttribute("summary", summary);
		return "redirect:/import/" + batchId;
	}

	@GetMapping("/{batchId}/filer/{fileId}")
	String file(@PathVariable long batchId, @PathVariable long fileId, Model model) {
		ImportFileView file = fileOrNotFound(batchId, fileId);
		if (file.draft() != null) {
			model.addAttribute("draftForm", DraftForms.toForm(file.draft()));
		}
		return reviewPage(file, model);
	}

	@PostMapping("/{batchId}/filer/{fileId}")
	String correct(@PathVariable long batchId, @PathVariable long fileId,
			@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result,
			@RequestParam(defaultValue = "check") String intent, @AuthenticationPrincipal SamskapaUser user,
			Model model, RedirectAttributes redirect) {
		ImportFileView file = fileOrNotFound(batchId, fileId);
		if (!file.status().open()) {
			throw new RuleViolation(
					file.status() == ImportFileStatus.SAVED ? "importer.file.saved.already" : "importer.file.not.open");
		}
		if (result.hasErrors()) {
			DraftForms.withCandidates(form, file.draft());
			return reviewPage(file, model);
		}
		ImportDraft draft = DraftForms.toDraft(form, file.draft());
		ImportFileView corrected = imports.correct(batchId, fileId, draft);
		if (!"save".equals(intent) || corrected.blocked()) {
			redirect.addFlashAttribute("message",
					corrected.blocked() ? "importer.review.corrected.blocked" : "importer.review.corrected");
			return "redirect:/import/" + batchId + "/filer/" + fileId;
		}
		ImportFileView saved = imports.save(batchId, fileId, user.getUsername());
		redirect.addFlashAttribute("savedMeeting", saved.meetingId());
		return next(batchId, fileId);
	}

	@PostMapping("/{batchId}/filer/{fileId}/hoppa-over")
	String skip(@PathVariable long batchId, @PathVariable long fileId, RedirectAttributes redirect) {
		fileOrNotFound(batchId, fileId);
		imports.skip(batchId, fileId);
		redirect.addFlashAttribute("message", "importer.file.skipped");
		return next(batchId, fileId);
	}

	@PostMapping("/{batchId}/filer/{fileId}/ta-tillbaka")
	String reconsider(@PathVariable long batchId, @PathVariable long fileId, RedirectAttributes redirect) {
		fileOrNotFound(batchId, fileId);
		imports.reconsider(batchId, fileId);
		redirect.addFlashAttribute("message", "importer.file.reconsidered");
		return "redirect:/import/" + batchId + "/filer/" + fileId;
	}

	/** The next file that waits for the coordinator, else the batch. */
	private String next(long batchId, long afterFileId) {
		ImportBatchView batch = batchOrNotFound(batchId);
		Optional<FileSummary> next = batch.files()
			.stream()
			.filter(f -> f.status() == ImportFileStatus.NEEDS_REVIEW && f.id() != afterFileId)
			.findFirst();
		return next.map(f -> "redirect:/import/" + batchId + "/filer/" + f.id()).orElse("redirect:/import/" + batchId);
	}

	private String uploadPage(Model model) {
		model.addAttribute("groups", groups.groups());
		model.addAttribute("recent", imports.recent(RECENT_BATCHES));
		return "importer/upload";
	}

	private String reviewPage(ImportFileView file, Model model) {
		model.addAttribute("file", file);
		model.addAttribute("batch", batchOrNotFound(file.batchId()));
		model.addAttribute("groups", groups.groups());
		model.addAttribute("people", directory.people().stream().map(PersonView::fullName).sorted().toList());
		return "importer/review";
	}

	private java.util.Map<Long, String> groupNames() {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		groups.groups().forEach(g -> names.put(g.id(), g.name()));
		return names;
	}

	private ImportBatchView batchOrNotFound(long batchId) {
		return imports.batch(batchId).orElseThrow(() -> NotFoundException.of("import batch", batchId));
	}

	private ImportFileView fileOrNotFound(long batchId, long fileId) {
		return imports.file(batchId, fileId).orElseThrow(() -> NotFoundException.of("import file", fileId));
	}

	private static List<SourceFile> sources(List<MultipartFile> files) {
		List<SourceFile> sources = new ArrayList<>();
		if (files == null) {
			return sources;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename();
			if (file.isEmpty() && (name == null || name.isBlank())) {
				// The empty part a browser sends when no file was chosen.
				continue;
			}
			try {
				sources.add(new SourceFile(name == null || name.isBlank() ? "fil" : name, file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sources;
	}

}
