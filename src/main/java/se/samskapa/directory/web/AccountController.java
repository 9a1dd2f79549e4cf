package se.samskapa.directory.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.shared.RuleViolation;

/** The logged-in user's own account: who they are, and changing their password. */
@Controller
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/konto")
	String account(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "directory/account";
	}

	@PostMapping("/konto/losenord")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !form.repeated()) {
			result.rejectValue("repeatPassword", "password.repeat.mismatch");
		}
		if (result.hasErrors()) {
			return "directory/account";
		}
		try {
			accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
		}
		catch (RuleViolation violation) {
			result.rejectValue(
					"password.current.wrong".equals(violation.messageKey()) ? "currentPassword" : "newPassword",
					violation.messageKey(), violation.arguments(), null);
			return "directory/account";
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/konto";
	}

}
