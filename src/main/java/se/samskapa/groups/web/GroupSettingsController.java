package se.samskapa.groups.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MemberView;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/** A group's settings page, its details and its members. Coordinators only. */
@Controller
class GroupSettingsController {

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final SettingsPage page;

	private final Dates dates;

	GroupSettingsController(GroupManagement groups, DirectoryManagement directory, SettingsPage page, Dates dates) {
		this.groups = groups;
		this.directory = directory;
		this.page = page;
		this.dates = dates;
	}

	@GetMapping("/grupper/{slug}/installningar")
	String settings(@PathVariable String slug, @RequestParam(name = "sok", required = false) String query,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		return page.show(page.group(slug, user), query, null, model);
	}

	@PostMapping("/grupper/{slug}/installningar/uppgifter")
	String describe(@PathVariable String slug, @Valid @ModelAttribute("detailsForm") GroupForm form,
			BindingResult result, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				groups.describeGroup(group.id(), form.name(), form.kind(), form.reportsToId(), form.description());
				return SettingsPage.back(group, "uppgifter", "message", "group.saved", redirect);
			}
			catch (RuleViolation violation) {
				GroupForm.reject(result, violation);
			}
		}
		return page.show(group, null, null, model);
	}

	@PostMapping("/grupper/{slug}/installningar/medlemmar")
	String addMember(@PathVariable String slug, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		if (form.personId() != null
				&& directory.person(form.personId()).filter(p -> p.mergedIntoId() == null).isEmpty()) {
			result.rejectValue("personId", "member.person.unknown");
		}
		if (form.organisationId() != null && directory.organisation(form.organisationId()).isEmpty()) {
			result.rejectValue("organisationId", "member.organisation.unknown");
		}
		if (result.hasErrors()) {
			return page.show(group, null, null, model);
		}
		groups.putMember(group.id(), form.personId(), form.role(), form.organisationId(), dates.today());
		return SettingsPage.back(group, "medlemmar", "message", "member.added", redirect);
	}

	@PostMapping("/grupper/{slug}/installningar/medlemmar/{personId}/roll")
	String changeRole(@PathVariable String slug, @PathVariable long personId, @RequestParam GroupRole role,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		MemberView member = groups.members(group.id())
			.stream()
			.filter(m -> m.personId() == personId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("member", personId));
		groups.putMember(group.id(), personId, role, member.organisationId(), dates.today());
		return SettingsPage.back(group, "medlemmar", "message", "member.role.changed", redirect);
	}

	@PostMapping("/grupper/{slug}/installningar/medlemmar/{personId}/ta-bort")
	String removeMember(@PathVariable String slug, @PathVariable long personId,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		GroupView group = page.group(slug, user);
		groups.removeMember(group.id(), personId);
		return SettingsPage.back(group, "medlemmar", "message", "member.removed", redirect);
	}

}
