package se.samskapa.directory.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.OrganisationKind;
import se.samskapa.directory.OrganisationView;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/** The coordinator's list of organisations, adding one and changing one. */
@Controller
@RequestMapping("/katalog/organisationer")
class OrganisationsController {

	private final DirectoryManagement directory;

	OrganisationsController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", SwedishOrder.sorted(directory.organisations(), OrganisationView::name));
		return "directory/organisations";
	}

	@GetMapping("/ny")
	String newOrganisation(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return formPage(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(model, null);
		}
		try {
			directory.createOrganisation(form.name(), form.shortName(), form.kind(), form.aliasList());
		}
		catch (RuleViolation violation) {
			reject(result, violation);
			return formPage(model, null);
		}
		redirect.addFlashAttribute("message", "organisation.created");
		return "redirect:/katalog/organisationer";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		OrganisationView organisation = find(id);
		model.addAttribute("form", OrganisationForm.of(organisation));
		return formPage(model, organisation);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationView organisation = find(id);
		if (result.hasErrors()) {
			return formPage(model, organisation);
		}
		try {
			directory.updateOrganisation(id, form.name(), form.shortName(), form.kind(), form.aliasList());
		}
		catch (RuleViolation violation) {
			reject(result, violation);
			return formPage(model, organisation);
		}
		redirect.addFlashAttribute("message", "organisation.updated");
		return "redirect:/katalog/organisationer";
	}

	private OrganisationView find(long id) {
		return directory.organisation(id).orElseThrow(() -> NotFoundException.of("organisation", id));
	}

	private static String formPage(Model model, OrganisationView organisation) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("kinds", OrganisationKind.values());
		return "directory/organisation";
	}

	/** A name another organisation already has goes next to the field it was typed in. */
	private static void reject(BindingResult result, RuleViolation violation) {
		String field = switch (violation.messageKey()) {
			case "organisation.name.taken" -> "name";
			case "organisation.shortName.taken" -> "shortName";
			default -> "aliases";
		};
		result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
	}

}
