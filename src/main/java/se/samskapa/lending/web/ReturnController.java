package se.samskapa.lending.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.Condition;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LoanView;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.SiteView;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;

/**
 * Taking items back: scan the item, note its condition and any missing part, done. The
 * scan field is ready for the next item straight away.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}/aterlamning")
class ReturnController {

	private final StaffSites sites;

	private final LendingCatalogue catalogue;

	private final LendingManagement lending;

	private final ReservationManagement reservations;

	private final Dates dates;

	ReturnController(StaffSites sites, LendingCatalogue catalogue, LendingManagement lending,
			ReservationManagement reservations, Dates dates) {
		this.sites = sites;
		this.catalogue = catalogue;
		this.lending = lending;
		this.reservations = reservations;
		this.dates = dates;
	}

	@GetMapping
	String scan(@PathVariable String slug, @RequestParam(defaultValue = "") String skanna,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		if (!skanna.isBlank()) {
			try {
				ItemView item = catalogue.requireItem(skanna);
				if (item.siteId() != site.id()) {
					throw new RuleViolation("lending.item.other.site", item.number());
				}
				if (lending.openLoanOf(item.id()).isEmpty()) {
					throw new RuleViolation("lending.return.not.lent", item.number());
				}
				model.addAttribute("item", item);
			}
			catch (RuleViolation ex) {
				model.addAttribute("skanna", skanna);
				model.addAttribute("scanError", sites.text(ex));
			}
		}
		model.addAttribute("conditions", Condition.values());
		return "lending/return";
	}

	@PostMapping
	String takeBack(@PathVariable String slug, @RequestParam(defaultValue = "") String nummer,
			@RequestParam(defaultValue = "") String skick, @RequestParam(defaultValue = "") List<String> saknas,
			@RequestParam(defaultValue = "") String anteckning, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		ItemView item = catalogue.requireItem(nummer);
		try {
			Condition condition = condition(skick);
			LoanView loan = lending.takeBack(item.number(), condition, saknas, anteckning, user.getUsername());
			// Flash attributes live in the session (in the database): plain values only.
			redirect.addFlashAttribute("returned", loan.itemNumber() + " " + loan.item());
			redirect.addFlashAttribute("toRepair",
					catalogue.requireItem(item.number()).status() == ItemStatus.IN_REPAIR);
			// Someone waited for it: it is held for them already, and goes aside now.
			reservations.heldFor(item.id())
				.ifPresent(hold -> redirect.addFlashAttribute("heldFor", sites.text("lending.return.hold",
						hold.borrowerName(), hold.code(), dates.day(hold.holdUntil()))));
			return "redirect:/fritidsbanken/" + site.slug() + "/aterlamning";
		}
		catch (InvalidInput ex) {
			model.addAttribute(ex.field().equals("condition") ? "conditionError" : "partsError", sites.text(ex));
		}
		catch (RuleViolation ex) {
			model.addAttribute("scanError", sites.text(ex));
		}
		model.addAttribute("site", site);
		model.addAttribute("item", item);
		model.addAttribute("anteckning", anteckning);
		model.addAttribute("conditions", Condition.values());
		return "lending/return";
	}

	private static Condition condition(String value) {
		try {
			return Condition.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("condition", "lending.return.condition.required");
		}
	}

}
