package se.samskapa.lending.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.LendingPermissions;

/**
 * A site's staff, for lending admins: an account found by name or username becomes staff
 * at the site, and stops being.
 */
@Controller
@RequestMapping("/fritidsbanken/admin/{siteId:\\d+}/personal")
class SiteStaffController {

	private final LendingPermissions permissions;

	private final SiteAdminPage page;

	SiteStaffController(LendingPermissions permissions, SiteAdminPage page) {
		this.permissions = permissions;
		this.page = page;
	}

	@ModelAttribute
	void lendingAdminsOnly(@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
	}

	@PostMapping
	String appoint(@PathVariable long siteId, @RequestParam long konto, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		page.site(siteId);
		permissions.appointStaff(konto, siteId, user.getUsername());
		redirect.addFlashAttribute("message", "lending.admin.staff.added");
		return "redirect:/fritidsbanken/admin/" + siteId + "#personal";
	}

	@PostMapping("/{accountId}/ta-bort")
	String dismiss(@PathVariable long siteId, @PathVariable long accountId, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		page.site(siteId);
		permissions.dismissStaff(accountId, siteId, user.getUsername());
		redirect.addFlashAttribute("message", "lending.admin.staff.removed");
		return "redirect:/fritidsbanken/admin/" + siteId + "#personal";
	}

}
