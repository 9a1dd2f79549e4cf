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
import se.samskapa.lending.LoanView;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.SiteView;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The site's reservations for its staff: what is held for whom, with what to do with it
 * on the shelves, and the queues per item type and size; cancelling, marking an item put
 * aside, and lending a held item to its borrower in one step from the counter.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}")
class ReservationsController {

	private final StaffSites sites;

	private final ReservationManagement reservations;

	ReservationsController(StaffSites sites, ReservationManagement reservations) {
		this.sites = sites;
		this.reservations = reservations;
	}

	@GetMapping("/reservationer")
	String list(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("holdDays", reservations.holdDays(site.id()));
		model.addAttribute("ready", reservations.awaitingPickup(site.id()));
		model.addAttribute("queues", reservations.waitlists(site.id()));
		return "lending/reservations";
	}

	@PostMapping("/reservationer/{id}/undanlagd")
	String setAside(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		ofSite(site, id);
		try {
			reservations.setAside(id, user.getUsername());
			redirect.addFlashAttribute("message", "lending.reservations.set.aside.done");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("lendError", sites.text(ex));
		}
		return "redirect:/fritidsbanken/" + site.slug() + "/reservationer";
	}

	/**
	 * Cancels a reservation; from the borrower's page at the counter ({@code lantagare}
	 * given) back there, otherwise back to the list.
	 */
	@PostMapping("/reservationer/{id}/avboka")
	String cancel(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long lantagare,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		ReservationView reservation = ofSite(site, id);
		try {
			reservations.cancel(id, user.getUsername());
			redirect.addFlashAttribute("message", "lending.reservations.cancelled");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("lendError", sites.text(ex));
		}
		return lantagare != null && lantagare == reservation.borrowerId()
				? "redirect:/fritidsbanken/" + site.slug() + "/disk/" + lantagare
				: "redirect:/fritidsbanken/" + site.slug() + "/reservationer";
	}

	/** The held item is lent to its borrower: the reservation becomes the loan. */
	@PostMapping("/reservationer/{id}/hamta")
	String pickUp(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal SamskapaUser user,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		ReservationView reservation = ofSite(site, id);
		try {
			LoanView loan = reservations.pickUp(id, null, user.getUsername());
			redirect.addFlashAttribute("lent", List.of(loan.id()));
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + reservation.borrowerId() + "/kvitto";
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("lendError", sites.text(ex));
			return "redirect:/fritidsbanken/" + site.slug() + "/disk/" + reservation.borrowerId();
		}
	}

	/** A reservation of another site is not found here, whoever asks. */
	private ReservationView ofSite(SiteView site, long id) {
		return reservations.reservation(id)
			.filter(r -> r.siteId() == site.id())
			.orElseThrow(() -> NotFoundException.of("reservation", id));
	}

}
