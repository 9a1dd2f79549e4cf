package se.samskapa.lending.web;

import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.lending.Availability;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.ReservationManagement.NoneAvailable;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.UnknownLendingThing;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * Reserving on the public catalogue, without a login: the borrower picks a type and size,
 * gives a name and a mobile number, and gets a confirmation with the pickup deadline and
 * a short code; when every one is out they may join the queue. The code shows the
 * reservation (without anything personal) and cancels it.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}")
class ReservationPagesController {

	private final StaffSites sites;

	private final LendingCatalogue catalogue;

	private final ReservationManagement reservations;

	private final int retentionDays;

	ReservationPagesController(StaffSites sites, LendingCatalogue catalogue, ReservationManagement reservations,
			@Value("${samskapa.lending.retention-days:90}") int retentionDays) {
		this.sites = sites;
		this.catalogue = catalogue;
		this.reservations = reservations;
		this.retentionDays = retentionDays;
	}

	@GetMapping("/reservera")
	String form(@PathVariable String slug, @RequestParam long sort, @RequestParam(defaultValue = "") String storlek,
			Model model) {
		SiteView site = sites.site(slug);
		Availability line = line(site, sort, storlek);
		return form(site, line, line.available() == 0, model);
	}

	@PostMapping("/reservera")
	String reserve(@PathVariable String slug, @RequestParam long sort, @RequestParam(defaultValue = "") String storlek,
			@RequestParam(defaultValue = "") String namn, @RequestParam(defaultValue = "") String mobil,
			@RequestParam(defaultValue = "false") boolean ko, Model model) {
		SiteView site = sites.site(slug);
		Availability line = line(site, sort, storlek);
		try {
			ReservationView reservation = reservations.reserveOnline(site.id(), sort, line.size(), namn, mobil, ko);
			return "redirect:/fritidsbanken/" + site.slug() + "/reservation/" + reservation.code();
		}
		catch (NoneAvailable ex) {
			// Someone took the last one since the form was shown: offer the queue.
			model.addAttribute("raced", sites.text(ex));
			ko = true;
		}
		catch (InvalidInput ex) {
			// Spoken to the borrower, not to the counter.
			if (ex.field().equals("name")) {
				model.addAttribute("nameError", ex.messageKey().equals("lending.borrower.name.required")
						? sites.text("lending.reserve.name.required") : sites.text(ex));
			}
			else {
				model.addAttribute("mobileError", sites.text(ex));
			}
		}
		catch (UnknownLendingThing ex) {
			throw NotFoundException.of("lending item type", sort);
		}
		catch (RuleViolation ex) {
			model.addAttribute("formError", sites.text(ex));
		}
		model.addAttribute("namn", namn);
		model.addAttribute("mobil", mobil);
		return form(site, line(site, sort, storlek), ko, model);
	}

	/** Finds a reservation by the code typed in. */
	@GetMapping("/reservation")
	String find(@PathVariable String slug, @RequestParam(defaultValue = "") String kod, Model model) {
		SiteView site = sites.site(slug);
		if (!kod.isBlank()) {
			Optional<ReservationView> found = reservations.byCode(kod).filter(r -> r.siteId() == site.id());
			if (found.isPresent()) {
				return "redirect:/fritidsbanken/" + site.slug() + "/reservation/" + found.get().code();
			}
			model.addAttribute("codeError", sites.text("lending.reservation.code.unknown"));
		}
		model.addAttribute("site", site);
		model.addAttribute("kod", kod.trim());
		return "lending/reservation-find";
	}

	@GetMapping("/reservation/{code}")
	String reservation(@PathVariable String slug, @PathVariable String code, Model model) {
		SiteView site = sites.site(slug);
		ReservationView reservation = ofSite(site, code);
		model.addAttribute("site", site);
		model.addAttribute("reservation", reservation);
		model.addAttribute("holdDays", reservations.holdDays(site.id()));
		model.addAttribute("waitlistDays", reservations.waitlistDays());
		return "lending/reservation";
	}

	@PostMapping("/reservation/{code}/avboka")
	String cancel(@PathVariable String slug, @PathVariable String code, RedirectAttributes redirect) {
		SiteView site = sites.site(slug);
		ReservationView reservation = ofSite(site, code);
		try {
			reservations.cancelByCode(reservation.code());
			redirect.addFlashAttribute("message", "lending.reservation.cancelled.done");
		}
		catch (RuleViolation ex) {
			// Already ended (cancelled twice, or collected meanwhile): the page says how.
		}
		return "redirect:/fritidsbanken/" + site.slug() + "/reservation/" + reservation.code();
	}

	private ReservationView ofSite(SiteView site, String code) {
		return reservations.byCode(code)
			.filter(r -> r.siteId() == site.id())
			.orElseThrow(() -> NotFoundException.of("reservation", code));
	}

	/** The catalogue's line for the type and size: what the site has and what is in. */
	private Availability line(SiteView site, long typeId, String size) {
		String wanted = size.isBlank() ? null : size.trim();
		return catalogue.availability(site.slug())
			.stream()
			.filter(a -> a.typeId() == typeId && Objects.equals(a.size(), wanted))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("lending item type", typeId));
	}

	private String form(SiteView site, Availability line, boolean waitlist, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("line", line);
		model.addAttribute("waitlist", waitlist);
		model.addAttribute("deadline", reservations.pickupDeadline(site.id()));
		model.addAttribute("holdDays", reservations.holdDays(site.id()));
		model.addAttribute("maxOpen", reservations.maxOpen());
		model.addAttribute("retentionDays", retentionDays);
		return "lending/reserve";
	}

}
