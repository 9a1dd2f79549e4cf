package se.samskapa.lending.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.SiteView;

/**
 * Running the sites, for lending admins (administrators are lending admins): every site,
 * a new site, and a site's own page with its details, opening hours, closed days and
 * staff (the last three in {@link SiteCalendarController} and
 * {@link SiteStaffController}).
 */
@Controller
@RequestMapping("/fritidsbanken/admin")
class SiteAdminController {

	private final LendingCatalogue catalogue;

	private final LendingPermissions permissions;

	private final SiteAdminPage page;

	SiteAdminController(LendingCatalogue catalogue, LendingPermissions permissions, SiteAdminPage page) {
		this.catalogue = catalogue;
		this.permissions = permissions;
		this.page = page;
	}

	/** Every page here is for lending admins only; the rest get 403 (or the login). */
	@ModelAttribute
	void lendingAdminsOnly(@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
	}

	@GetMapping
	String sites(Model model) {
		model.addAttribute("sites", catalogue.sites());
		return "lending/admin/sites";
	}

	@GetMapping("/ny")
	String newSite(Model model) {
		model.addAttribute("siteForm", SiteForm.empty());
		return "lending/admin/site-new";
	}

	@PostMapping("/ny")
	String create(@Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		form.checkLoanDays(result);
		if (result.hasErrors()) {
			return "lending/admin/site-new";
		}
		try {
			SiteView site = catalogue.createSite(form.name(), form.address(), form.days(), user.getUsername());
			redirect.addFlashAttribute("message", "lending.admin.site.created");
			return "redirect:/fritidsbanken/admin/" + site.id();
		}
		catch (InvalidInput ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return "lending/admin/site-new";
		}
	}

	@GetMapping("/{siteId:\\d+}")
	String site(@PathVariable long siteId, @RequestParam(defaultValue = "") String sok, Model model) {
		return page.render(page.site(siteId), sok, model);
	}

	@PostMapping("/{siteId:\\d+}")
	String update(@PathVariable long siteId, @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = page.site(siteId);
		form.checkLoanDays(result);
		if (!result.hasErrors()) {
			try {
				catalogue.updateSite(siteId, form.name(), form.address(), form.days(), user.getUsername());
				redirect.addFlashAttribute("message", "lending.admin.site.saved");
				return "redirect:/fritidsbanken/admin/" + siteId;
			}
			catch (InvalidInput ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page.render(site, null, model);
	}

}
