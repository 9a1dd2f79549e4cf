package se.samskapa.groups.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.shared.RuleViolation;

/**
 * When a group meets: its rule, with a preview of what the rule gives before it is saved,
 * and the single meetings that are cancelled or moved. Coordinators only.
 */
@Controller
class MeetingRuleController {

	private final GroupManagement groups;

	private final SettingsPage page;

	MeetingRuleController(GroupManagement groups, SettingsPage page) {
		this.groups = groups;
		this.page = page;
	}

	/**
	 * With {@code forhandsgranska}, shows the meetings the rule would give without saving
	 * it.
	 */
	@PostMapping("/grupper/{slug}/installningar/motesregel")
	String saveRule(@PathVariable String slug, @Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result,
			@RequestParam(name = "forhandsgranska", required = false) String preview,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		form.check(result);
		if (result.hasErrors()) {
			return page.show(group, null, null, model);
		}
		if (preview != null) {
			return page.show(group, null, form.toRule(), model);
		}
		groups.setRule(group.id(), form.toRule());
		return SettingsPage.back(group, "motesregel", "message", "rule.saved", redirect);
	}

	@PostMapping("/grupper/{slug}/installningar/motesregel/ta-bort")
	String removeRule(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		groups.setRule(group.id(), null);
		return SettingsPage.back(group, "motesregel", "message", "rule.removed", redirect);
	}

	@PostMapping("/grupper/{slug}/installningar/undantag")
	String addException(@PathVariable String slug, @Valid @ModelAttribute("exceptionForm") ExceptionForm form,
			BindingResult result, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				groups.putException(group.id(), form.toException());
				return SettingsPage.back(group, "undantag", "message", "exception.saved", redirect);
			}
			catch (RuleViolation violation) {
				if ("rule.missing".equals(violation.messageKey())) {
					return SettingsPage.back(group, "motesregel", "problem", violation.messageKey(), redirect);
				}
				String field = "rule.exception.end.before.start".equals(violation.messageKey()) ? "newEnd"
						: form.occurrenceField();
				result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
			}
		}
		return page.show(group, null, null, model);
	}

	@PostMapping("/grupper/{slug}/installningar/undantag/{date}/ta-bort")
	String removeException(@PathVariable String slug, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		groups.removeException(group.id(), date);
		return SettingsPage.back(group, "undantag", "message", "exception.removed", redirect);
	}

}
