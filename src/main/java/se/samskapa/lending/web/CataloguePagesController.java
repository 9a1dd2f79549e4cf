package se.samskapa.lending.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
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
import se.samskapa.lending.LendingStatistics;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.WaitlistSummary;

/**
 * The public catalogue: every Fritidsbanken and what it has, by category, type and size,
 * with what is in now. No login and no personal data. A search that finds nothing in is
 * counted for the statistics: the words and the day, nothing about who searched.
 */
@Controller
class CataloguePagesController {

	private final LendingCatalogue catalogue;

	private static final Logger log = LoggerFactory.getLogger(CataloguePagesController.class);

	private final StaffSites sites;

	private final LendingPermissions permissions;

	private final ReservationManagement reservations;

	private final LendingStatistics statistics;

	CataloguePagesController(LendingCatalogue catalogue, StaffSites sites, LendingPermissions permissions,
			ReservationManagement reservations, LendingStatistics statistics) {
		this.catalogue = catalogue;
		this.sites = sites;
		this.permissions = permissions;
		this.reservations = reservations;
		this.statistics = statistics;
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
		if (!needle.isEmpty() && lines.stream().allMatch(line -> line.available() == 0)) {
			countEmptySearch(site, query, !lines.isEmpty());
		}
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

	/**
	 * /** What people look for and cannot get, for the statistics. A failure to count it
	 * must not cost the visitor the page.
	 */
	private void countEmptySearch(SiteView site, String query, boolean kindFound) {
		try {
			statistics.recordEmptySearch(site.id(), query, kindFound);
		}
		catch (DataAccessException ex) {
			log.warn("An empty catalogue search at {} was not counted: {}", site.slug(), ex.getMessage());
		}
	}

	private static boolean matches(Availability line, String needle) {
		return (line.category() + " " + line.subCategory() + " " + line.type() + " " + line.size())
			.toLowerCase(Locale.ROOT)
			.contains(needle);
	}

}
