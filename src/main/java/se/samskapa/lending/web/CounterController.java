package se.samskapa.lending.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

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
import se.samskapa.lending.BorrowerDataLinks;
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
 * nothing. A borrower of another site is served when found by their full mobile number
 * (see {@link BorrowerAccess}); the pages show only this site's loans.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}/disk")
class CounterController {

	/** Past loans shown on the borrower's page. */
	private static final int HISTORY = 10;

	private final StaffSites sites;

	private final BorrowerManagement borrowers;

	private final LendingCatalogue catalogue;

	private final LendingManagement lending;

	private final BorrowerAccess access;

	private final BorrowerDataLinks dataLinks;

	private final DataLinks links;

	private final ReservationManagement reservations;

	private final Dates dates;

	CounterController(StaffSites sites, BorrowerManagement borrowers, LendingCatalogue catalogue,
			LendingManagement lending, BorrowerAccess access, BorrowerDataLinks dataLinks, DataLinks links,
			ReservationManagement reservations, Dates dates) {
		this.sites = sites;
		this.borrowers = borrowers;
		this.catalogue = catalogue;
		this.lending = lending;
		this.access = access;
		this.dataLinks = dataLinks;
		this.links = links;
		this.reservations = reservations;
		this.dates = dates;
	}

	@GetMapping
	String findBorrower(@PathVariable String slug, @RequestParam(defaultValue = "") String mobil,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("mobil", mobil.trim());
		if (mobil.isBlank()) {
			return "lending/counter";
		}
		try {
			Optional<BorrowerView> found = borrowers.findByMobile(mobil);
			if (found.isPresent()) {
				access.introduce(request, found.get().id());
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
			@RequestParam(defaultValue = "") String mobil, @RequestParam(defaultValue = "") String epost,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model) {
		SiteView site = sites.staffSite(slug, user);
		try {
			BorrowerView borrower = borrowers.findOrRegister(namn, mobil, epost, site.id(), user.getUsername())
				.borrower();
			access.introduce(request, borrower.id());
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrower.id();
		}
		catch (InvalidInput ex) {
			model.addAttribute("site", site);
			model.addAttribute("register", true);
			model.addAttribute("namn", namn);
			model.addAttribute("mobil", mobil);
			model.addAttribute("epost", epost);
			model.addAttribute(switch (ex.field()) {
				case "name" -> "nameError";
				case "email" -> "emailError";
				default -> "mobileError";
			}, sites.text(ex));
			return "lending/counter";
		}
	}

	/** Sets or removes the e-mail address reminders also go to. */
	@PostMapping("/{borrowerId}/epost")
	String changeEmail(@PathVariable String slug, @PathVariable long borrowerId,
			@RequestParam(defaultValue = "") String epost, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		BorrowerView borrower = borrower(user, borrowerId, request);
		try {
			BorrowerView changed = borrowers.changeEmail(borrowerId, epost, user.getUsername());
			redirect.addFlashAttribute("message",
					changed.email() == null ? "lending.borrower.email.removed" : "lending.borrower.email.saved");
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrowerId;
		}
		catch (InvalidInput ex) {
			model.addAttribute("emailError", sites.text(ex));
			model.addAttribute("epost", epost);
			return borrowerPage(site, borrower, new ArrayList<>(), model);
		}
	}

	@GetMapping("/{borrowerId}")
	String borrower(@PathVariable String slug, @PathVariable long borrowerId,
			@RequestParam(defaultValue = "") List<String> saker, @RequestParam(defaultValue = "") String skanna,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model) {
		SiteView site = sites.staffSite(slug, user);
		BorrowerView borrower = borrower(user, borrowerId, request);
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
		return borrowerPage(site, borrower, basket, model);
	}

	/**
	 * Lends the scanned items. With an SMS gateway, the receipt also goes by SMS unless
	 * staff untick the box ({@code kvittoSms}, ticked by default).
	 */
	@PostMapping("/{borrowerId}/lana")
	String lend(@PathVariable String slug, @PathVariable long borrowerId,
			@RequestParam(defaultValue = "") List<String> saker, @RequestParam(defaultValue = "") String aterlamnas,
			@RequestParam(defaultValue = "false") boolean kvittoSms, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		BorrowerView borrower = borrower(user, borrowerId, request);
		try {
			LocalDate due = aterlamnas.isBlank() ? null : parse(aterlamnas);
			boolean bySms = kvittoSms && lending.receiptsBySms();
			List<LoanView> loans = lending.checkout(site.id(), borrowerId, saker, due, bySms, user.getUsername());
			redirect.addFlashAttribute("lent", loans.stream().map(LoanView::id).toList());
			redirect.addFlashAttribute("receiptBySms", bySms);
			// The receipt carries a new link to the borrower's own data page; the token
			// lives in the session only until the receipt has shown it.
			redirect.addFlashAttribute("dataLink", dataLinks.issue(borrowerId, user.getUsername()));
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + borrowerId + "/kvitto";
		}
		catch (InvalidInput ex) {
			model.addAttribute(ex.field().equals("dueOn") ? "dueError" : "scanError", sites.text(ex));
		}
		catch (RuleViolation ex) {
			model.addAttribute("lendError", sites.text(ex));
		}
		model.addAttribute("aterlamnas", aterlamnas);
		model.addAttribute("kvittoSms", kvittoSms);
		return borrowerPage(site, borrower, basket(saker), model);
	}

	/** Renews one of the borrower's loans from today, by the site's rule. */
	@PostMapping("/{borrowerId}/lan/{loanId}/forlang")
	String renew(@PathVariable String slug, @PathVariable long borrowerId, @PathVariable long loanId,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		BorrowerView borrower = borrower(user, borrowerId, request);
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
			return borrowerPage(site, borrower, new ArrayList<>(), model);
		}
	}

	@GetMapping("/{borrowerId}/kvitto")
	String receipt(@PathVariable String slug, @PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("borrower", borrower(user, borrowerId, request));
		model.addAttribute("loans", lending.openLoansOf(borrowerId, site.id()));
		if (model.getAttribute("dataLink") instanceof String token) {
			model.addAttribute("link", links.link(token));
		}
		return "lending/receipt";
	}

	private String borrowerPage(SiteView site, BorrowerView borrower, List<ItemView> basket, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("borrower", borrower);
		model.addAttribute("basket", basket);
		model.addAttribute("loans", lending.openLoansOf(borrower.id(), site.id()));
		model.addAttribute("history", lending.pastLoansOf(borrower.id(), site.id(), HISTORY));
		model.addAttribute("reservations",
				reservations.openOf(borrower.id()).stream().filter(r -> r.siteId() == site.id()).toList());
		model.addAttribute("dueByRule", lending.dueDate(site.id()));
		model.addAttribute("smsReceipts", lending.receiptsBySms());
		if (!model.containsAttribute("kvittoSms")) {
			model.addAttribute("kvittoSms", true);
		}
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

	/** A 404 alike for a borrower who does not exist and one of another site's. */
	private BorrowerView borrower(SamskapaUser user, long id, HttpServletRequest request) {
		return access.visible(user, id, request).orElseThrow(() -> NotFoundException.of("borrower", id));
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
