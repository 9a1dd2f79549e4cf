package se.samskapa.lending.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.Availability;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.WaitlistSummary;

/**
 * The public catalogue: every Fritidsbanken and what it has, by category, type and size,
 * with what is in now. No login and no personal data.
 */
@Controller
class CataloguePagesController {

	private final LendingCatalogue catalogue;

	private final StaffSites sites;

	private final LendingPermissions permissions;

	private final ReservationManagement reservations;

	CataloguePagesController(LendingCatalogue catalogue, StaffSites sites, LendingPermissions permissions,
			ReservationManagement reservations) {
		this.catalogue = catalogue;
		this.sites = sites;
		this.permissions = permissions;
		this.reservations = reservations;
	}

	@GetMapping("/fritidsbanken")
	String sites(@AuthenticationPrincipal SamskapaUser user, Model model) {
		model.addAttribute("sites", catalogue.sites());
		model.addAttribute("lendingAdmin", permissions.isAdmin(user));
		return "lending/sites";
	}

	@GetMapping("/fritidsbanken/{slug}")
	String catalogue(@PathVariable String slug, @RequestParam(defaultValue = "") String q, Model model) {
		SiteView site = sites.site(slug);
		String query = q.trim();
		String needle = query.toLowerCase(Locale.ROOT);
		List<Availability> lines = catalogue.availability(site.slug())
			.stream()
			.filter(a -> needle.isEmpty() || matches(a, needle))
			.toList();
		Map<String, List<Availability>> byCategory = new LinkedHashMap<>();
		for (Availability line : lines) {
			byCategory
				.computeIfAbsent(
						line.subCategory() == null ? line.category() : line.category() + " – " + line.subCategory(),
						c -> new java.util.ArrayList<>())
				.add(line);
		}
		model.addAttribute("site", site);
		model.addAttribute("q", query);
		model.addAttribute("categories", byCategory);
		model.addAttribute("waiting", waiting(site));
		model.addAttribute("holdDays", reservations.holdDays(site.id()));
		return "lending/catalogue";
	}

	/** How many wait per type and size, keyed "typeId:size" ("12:" without a size). */
	static Map<String, Integer> waiting(SiteView site, ReservationManagement reservations) {
		Map<String, Integer> waiting = new java.util.HashMap<>();
		for (WaitlistSummary queue : reservations.waitlists(site.id())) {
			waiting.put(queue.typeId() + ":" + (queue.size() == null ? "" : queue.size()), queue.waiting());
		}
		return waiting;
	}

	private Map<String, Integer> waiting(SiteView site) {
		return waiting(site, reservations);
	}

	private static boolean matches(Availability line, String needle) {
		return (line.category() + " " + line.subCategory() + " " + line.type() + " " + line.size())
			.toLowerCase(Locale.ROOT)
			.contains(needle);
	}

}
