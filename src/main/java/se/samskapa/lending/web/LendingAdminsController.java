package se.samskapa.lending.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.AccountView;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.LendingPermissions;

/**
 * Who runs Fritidsbanken: the appointed lending admins beside the administrators, who are
 * lending admins by their role. Only administrators appoint and remove lending admins, so
 * that no one can give themselves more rights than they were given.
 */
@Controller
@RequestMapping("/fritidsbanken/admin/administratorer")
class LendingAdminsController {

	private final LendingPermissions permissions;

	LendingAdminsController(LendingPermissions permissions) {
		this.permissions = permissions;
	}

	@ModelAttribute
	void administratorsOnly(@AuthenticationPrincipal SamskapaUser user) {
		if (user == null || !user.isAdmin()) {
			throw new AccessDeniedException("Administrators only");
		}
	}

	@GetMapping
	String admins(@RequestParam(defaultValue = "") String sok, Model model) {
		List<AccountView> appointed = permissions.appointedAdmins();
		List<AccountView> administrators = permissions.administrators();
		Set<Long> already = Stream.concat(appointed.stream(), administrators.stream())
			.map(AccountView::id)
			.collect(Collectors.toSet());
		model.addAttribute("appointed", appointed);
		model.addAttribute("administrators", administrators);
		model.addAttribute("sok", sok.trim());
		model.addAttribute("found",
				permissions.searchAccounts(sok, SiteAdminPage.FOUND + already.size())
					.stream()
					.filter(a -> !already.contains(a.id()))
					.limit(SiteAdminPage.FOUND)
					.toList());
		return "lending/admin/admins";
	}

	@PostMapping
	String appoint(@RequestParam long konto, @AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		permissions.appointAdmin(konto, user.getUsername());
		redirect.addFlashAttribute("message", "lending.admin.admins.added");
		return "redirect:/fritidsbanken/admin/administratorer";
	}

	@PostMapping("/{accountId}/ta-bort")
	String revoke(@PathVariable long accountId, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		permissions.revokeAdmin(accountId, user.getUsername());
		redirect.addFlashAttribute("message", "lending.admin.admins.removed");
		return "redirect:/fritidsbanken/admin/administratorer";
	}

}
