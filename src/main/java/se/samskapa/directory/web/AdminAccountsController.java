package se.samskapa.directory.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.AccountView;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.directory.Role;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The admin's account pages: every account, a new account, and changing, resetting or
 * unlocking one. Passwords typed here are never sent back to the browser.
 */
@Controller
@RequestMapping("/admin/konton")
class AdminAccountsController {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	AdminAccountsController(AccountManagement accounts, DirectoryManagement directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.accounts());
		return "directory/accounts";
	}

	@GetMapping("/nytt")
	String newAccount(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		return newPage(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && accounts.usernameTaken(form.username())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			return newPage(model);
		}
		AccountView created;
		try {
			created = accounts.create(form.username(), form.password(), form.role(), form.personId(),
					user.getUsername());
		}
		catch (RuleViolation violation) {
			reject(result, violation, "password");
			return newPage(model);
		}
		redirect.addFlashAttribute("message", "account.created");
		return "redirect:/admin/konton/" + created.id();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		return editPage(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editPage(model, id);
		}
		try {
			accounts.update(id, form.role(), form.personId(), form.enabled(), user.getUsername());
		}
		catch (RuleViolation violation) {
			reject(result, violation, "role");
			return editPage(model, id);
		}
		redirect.addFlashAttribute("message", "account.updated");
		return "redirect:/admin/konton/" + id;
	}

	@PostMapping("/{id}/losenord")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
			BindingResult result, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editPage(model, id);
		}
		accounts.resetPassword(id, form.newPassword(), user.getUsername());
		redirect.addFlashAttribute("message", "account.password.reset");
		return "redirect:/admin/konton/" + id;
	}

	@PostMapping("/{id}/las-upp")
	String unlock(@PathVariable long id, @AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		accounts.unlock(id, user.getUsername());
		redirect.addFlashAttribute("message", "account.unlocked");
		return "redirect:/admin/konton/" + id;
	}

	private String newPage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("people", peopleWithoutAccount(null));
		return "directory/account-new";
	}

	private String editPage(Model model, long id) {
		AccountView account = accounts.account(id).orElseThrow(() -> NotFoundException.of("account", id));
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.of(account));
		}
		if (!model.containsAttribute("resetForm")) {
			model.addAttribute("resetForm", PasswordResetForm.empty());
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("people", peopleWithoutAccount(account.personId()));
		return "directory/account-edit";
	}

	/**
	 * The people an account may be linked to: those without one, and the account's own
	 * person, so that the list does not offer what would be refused.
	 */
	private List<PersonView> peopleWithoutAccount(Long ownPersonId) {
		Set<Long> linked = accounts.accounts()
			.stream()
			.map(AccountView::personId)
			.filter(Objects::nonNull)
			.filter(personId -> !personId.equals(ownPersonId))
			.collect(Collectors.toSet());
		return SwedishOrder.sorted(directory.people().stream().filter(p -> !linked.contains(p.id())).toList(),
				PersonView::fullName);
	}

	/** Puts a refusal from the account rules next to the field it concerns. */
	private static void reject(BindingResult result, RuleViolation violation, String fallbackField) {
		String field = switch (violation.messageKey()) {
			case "account.username.taken" -> "username";
			case "account.person.taken" -> "personId";
			default -> fallbackField;
		};
		result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
	}

}
