package se.samskapa.groups.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.shared.RuleViolation;

/** A coordinator starts a new group; members and meeting times follow in its settings. */
@Controller
class NewGroupController {

	private static final String VIEW = "groups/new";

	private final GroupManagement groups;

	private final SettingsPage page;

	NewGroupController(GroupManagement groups, SettingsPage page) {
		this.groups = groups;
		this.page = page;
	}

	@GetMapping("/katalog/grupper/ny")
	String form(@AuthenticationPrincipal SamskapaUser user, Model model) {
		Coordinators.require(user);
		model.addAttribute("detailsForm", GroupForm.empty());
		model.addAttribute("standingGroups", page.standingGroups(null));
		return VIEW;
	}

	@PostMapping("/katalog/grupper/ny")
	String create(@Valid @ModelAttribute("detailsForm") GroupForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		Coordinators.require(user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				GroupView created = groups.createGroup(form.name(), form.kind(), form.reportsToId(),
						form.description());
				redirect.addFlashAttribute("message", "group.created");
				return "redirect:/grupper/" + created.slug();
			}
			catch (RuleViolation violation) {
				GroupForm.reject(result, violation);
			}
		}
		model.addAttribute("standingGroups", page.standingGroups(null));
		return VIEW;
	}

}
