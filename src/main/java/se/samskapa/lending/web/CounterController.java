package se.samskapa.lending.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.BorrowerView;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LoanView;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.SiteView;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The counter, driven by a barcode scanner (it types the number and Enter) and the
 * keyboard: find or register the borrower by mobile number, scan the items one by one,
 * lend them all at once, show the receipt. Scanned items travel with the form (nothing is
 * saved until "Låna ut"), so the page works without JavaScript and a reload loses
 * nothing.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}/disk")
class CounterController {

	private final StaffSites sites;

	private final BorrowerManagement borrowers;

	private final LendingCatalogue catalogue;

	private final LendingManagement lending;

	private final ReservationManagement reservations;

	private final Dates dates;

	CounterController(StaffSites sites, BorrowerManagement borrowers, LendingCatalogue catalogue,
			LendingManagement lending, ReservationManagement reservations, Dates dates) {
		this.sites = sites;
		this.borrowers = borrowers;
		this.catalogue = catalogue;
		this.lending = lending;
		this.reservations = reservations;
		this.dates = dates;
	}

	@GetMapping
	String findBorrower(@PathVariable String slug, @RequestParam(defaultValue = "") String mobil,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("mobil", mobil.trim());
		if (mobil.isBlank()) {
			return "lending/counter";
		}
		try {
			Optional<BorrowerView> found = borrowers.findByMobile(mobil);
			if (found.isPresent()) {
				return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + found.get().id();
			}
			model.addAttribute("register", true);
		}
		catch (InvalidInput ex) {
			model.addAttribute("mobileError", sites.text(ex));
		}
		return "lending/counter";
	}

	@PostMapping("/lantagare")
	String register(@PathVariable String slug, @RequestParam(defaultValue = "") String namn,
			@RequestParam(defaultValue = "") String mobil, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		try {
			BorrowerView borrower = borrowers.findOrRegister(namn, mobil, site.id(), user.getUsername()).borrower();
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrower.id();
		}
		catch (InvalidInput ex) {
			model.addAttribute("site", site);
			model.addAttribute("register", true);
			model.addAttribute("namn", namn);
			model.addAttribute("mobil", mobil);
			model.addAttribute(ex.field().equals("name") ? "nameError" : "mobileError", sites.text(ex));
			return "lending/counter";
		}
	}

	@GetMapping("/{borrowerId}")
	String borrower(@PathVariable String slug, @PathVariable long borrowerId,
			@RequestParam(defaultValue = "") List<String> saker, @RequestParam(defaultValue = "") String skanna,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		List<ItemView> basket = basket(saker);
		if (!skanna.isBlank()) {
			try {
				ItemView item = lendable(site, skanna, borrowerId);
				if (basket.stream().noneMatch(i -> i.id() == item.id())) {
					basket.add(item);
				}
			}
			catch (RuleViolation ex) {
				model.addAttribute("scanError", sites.text(ex));
				model.addAttribute("skanna", skanna);
			}
		}
		return borrowerPage(site, borrowerId, basket, model);
	}

	@PostMapping("/{borrowerId}/lana")
	String lend(@PathVariable String slug, @PathVariable long borrowerId,
			@RequestParam(defaultValue = "") List<String> saker, @RequestParam(defaultValue = "") String aterlamnas,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		try {
			LocalDate due = aterlamnas.isBlank() ? null : parse(aterlamnas);
			List<LoanView> loans = lending.checkout(site.id(), borrowerId, saker, due, user.getUsername());
			redirect.addFlashAttribute("lent", loans.stream().map(LoanView::id).toList());
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrowerId + "/kvitto";
		}
		catch (InvalidInput ex) {
			model.addAttribute(ex.field().equals("dueOn") ? "dueError" : "scanError", sites.text(ex));
		}
		catch (RuleViolation ex) {
			model.addAttribute("lendError", sites.text(ex));
		}
		model.addAttribute("aterlamnas", aterlamnas);
		return borrowerPage(site, borrowerId, basket(saker), model);
	}

	/** Renews one of the borrower's loans from today, by the site's rule. */
	@PostMapping("/{borrowerId}/lan/{loanId}/forlang")
	String renew(@PathVariable String slug, @PathVariable long borrowerId, @PathVariable long loanId,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		LoanView loan = lending.loan(loanId);
		if (loan.borrowerId() != borrowerId || loan.siteId() != site.id()) {
			throw NotFoundException.of("loan", loanId);
		}
		try {
			lending.renew(loanId, null, user.getUsername());
			redirect.addFlashAttribute("message", "lending.renewed");
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrowerId;
		}
		catch (RuleViolation ex) {
			model.addAttribute("lendError", sites.text(ex));
			return borrowerPage(site, borrowerId, new ArrayList<>(), model);
		}
	}

	@GetMapping("/{borrowerId}/kvitto")
	String receipt(@PathVariable String slug, @PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("borrower", borrower(borrowerId));
		model.addAttribute("loans", lending.openLoansOf(borrowerId));
		return "lending/receipt";
	}

	private String borrowerPage(SiteView site, long borrowerId, List<ItemView> basket, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("borrower", borrower(borrowerId));
		model.addAttribute("basket", basket);
		model.addAttribute("loans", lending.openLoansOf(borrowerId));
		model.addAttribute("reservations",
				reservations.openOf(borrowerId).stream().filter(r -> r.siteId() == site.id()).toList());
		model.addAttribute("dueByRule", lending.dueDate(site.id()));
		return "lending/borrower";
	}

	/** The items scanned so far; one that is gone since is left out. */
	private List<ItemView> basket(List<String> codes) {
		List<ItemView> items = new ArrayList<>();
		codes.stream().distinct().forEach(code -> catalogue.item(code).ifPresent(items::add));
		return items;
	}

	/**
	 * Says at the scan, not at the end, that an item cannot go out. An item held for this
	 * borrower can: lending it collects their reservation.
	 */
	private ItemView lendable(SiteView site, String code, long borrowerId) {
		ItemView item = catalogue.requireItem(code);
		if (item.siteId() != site.id()) {
			throw new RuleViolation("lending.item.other.site", item.number());
		}
		if (item.status() == ItemStatus.RESERVED) {
			ReservationView hold = reservations.heldFor(item.id())
				.orElseThrow(() -> new RuleViolation("lending.item.reserved", item.number()));
			if (hold.borrowerId() != borrowerId) {
				throw new RuleViolation("lending.item.reserved.for.other", item.number(), dates.day(hold.holdUntil()));
			}
			return item;
		}
		if (item.status() != ItemStatus.AVAILABLE) {
			throw new RuleViolation(
					"lending.item." + item.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'),
					item.number());
		}
		return item;
	}

	private BorrowerView borrower(long id) {
		return borrowers.borrower(id).orElseThrow(() -> NotFoundException.of("borrower", id));
	}

	private static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("dueOn", "lending.due.invalid");
		}
	}

}
