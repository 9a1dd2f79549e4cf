package se.samskapa.lending.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.BorrowerDataLinks;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.BorrowerView;
import se.samskapa.lending.SiteView;
import se.samskapa.shared.NotFoundException;

/**
 * The site's own borrowers for its staff: a list searchable by name (only those who
 * registered or borrowed here), and the link to a borrower's own data page to show on the
 * screen or print.
 */
@Controller
class BorrowersController {

	private static final int LISTED = 100;

	private final StaffSites sites;

	private final BorrowerManagement borrowers;

	private final BorrowerAccess access;

	private final BorrowerDataLinks dataLinks;

	private final DataLinks links;

	BorrowersController(StaffSites sites, BorrowerManagement borrowers, BorrowerAccess access,
			BorrowerDataLinks dataLinks, DataLinks links) {
		this.sites = sites;
		this.borrowers = borrowers;
		this.access = access;
		this.dataLinks = dataLinks;
		this.links = links;
	}

	@GetMapping("/fritidsbanken/{slug}/lantagare")
	String list(@PathVariable String slug, @RequestParam(defaultValue = "") String namn,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("namn", namn.trim());
		model.addAttribute("borrowers", borrowers.borrowersOf(site.id(), namn, LISTED));
		model.addAttribute("limit", LISTED);
		return "lending/borrowers";
	}

	/** A new link replaces the borrower's old one; it is shown once, right after. */
	@PostMapping("/fritidsbanken/{slug}/disk/{borrowerId}/uppgiftslank")
	String newLink(@PathVariable String slug, @PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		BorrowerView borrower = borrower(user, borrowerId, request);
		redirect.addFlashAttribute("dataLink", dataLinks.issue(borrower.id(), user.getUsername()));
		return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrower.id() + "/uppgiftslank";
	}

	@GetMapping("/fritidsbanken/{slug}/disk/{borrowerId}/uppgiftslank")
	String link(@PathVariable String slug, @PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("borrower", borrower(user, borrowerId, request));
		if (model.getAttribute("dataLink") instanceof String token) {
			model.addAttribute("link", links.link(token));
		}
		return "lending/data-link";
	}

	private BorrowerView borrower(SamskapaUser user, long id, HttpServletRequest request) {
		return access.visible(user, id, request).orElseThrow(() -> NotFoundException.of("borrower", id));
	}

}
