package se.samskapa.directory.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.shared.RuleViolation;

/**
 * Changes to one person: the name, other names, affiliations over time, and merging a
 * duplicate record into this one.
 */
@Controller
@RequestMapping("/katalog/personer/{id}")
class PersonChangesController {

	private final DirectoryManagement directory;

	private final PersonPage page;

	PersonChangesController(DirectoryManagement directory, PersonPage page) {
		this.directory = directory;
		this.page = page;
	}

	@PostMapping("/namn")
	String rename(@PathVariable long id, @Valid @ModelAttribute("nameForm") PersonNameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(model, id);
		}
		directory.renamePerson(id, form.fullName());
		return saved(id, "person.renamed", redirect);
	}

	@PostMapping("/alias")
	String addAlias(@PathVariable long id, @Valid @ModelAttribute("aliasForm") AliasForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(model, id);
		}
		directory.addAlias(id, form.alias());
		return saved(id, "person.alias.added", redirect);
	}

	@PostMapping("/alias/ta-bort")
	String removeAlias(@PathVariable long id, @RequestParam String alias, RedirectAttributes redirect) {
		directory.removeAlias(id, alias);
		return saved(id, "person.alias.removed", redirect);
	}

	@PostMapping("/tillhorighet")
	String addAffiliation(@PathVariable long id, @Valid @ModelAttribute("affiliationForm") AffiliationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return page.show(model, id);
		}
		directory.addAffiliation(id, form.organisationId(), form.title(), form.validFrom(), form.validTo());
		return saved(id, "affiliation.added", redirect);
	}

	@PostMapping("/tillhorighet/ta-bort")
	String removeAffiliation(@PathVariable long id, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
			RedirectAttributes redirect) {
		directory.removeAffiliation(id, organisationId, title, validFrom);
		return saved(id, "affiliation.removed", redirect);
	}

	@PostMapping("/sammanfoga")
	String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(model, id);
		}
		try {
			directory.merge(id, form.duplicateId(), user.getUsername());
		}
		catch (RuleViolation violation) {
			result.rejectValue("duplicateId", violation.messageKey());
			return page.show(model, id);
		}
		return saved(id, "person.merge.done", redirect);
	}

	private static String saved(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/katalog/personer/" + id;
	}

}
