package se.samskapa.lending.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.samskapa.lending.Availability;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.SiteView;

/**
 * What each Fritidsbanken has and what can be borrowed now, for the city's website. No
 * login, no personal data: counts per site, item type and size.
 */
@RestController
@RequestMapping("/api/v1/lending")
@Tag(name = "Fritidsbanken: tillgänglighet", description = "Öppet för alla, utan inloggning.")
class AvailabilityApiController {

	private final LendingCatalogue catalogue;

	private final java.time.Clock clock;

	private final ReservationManagement reservations;

	AvailabilityApiController(LendingCatalogue catalogue, java.time.Clock clock, ReservationManagement reservations) {
		this.catalogue = catalogue;
		this.clock = clock;
		this.reservations = reservations;
	}

	@GetMapping("/availability")
	@Operation(summary = "Vad som finns att låna nu, per Fritidsbank, sort och storlek",
			description = "available: inne nu och kan lånas; total: allt som finns (utom utrangerat); waiting: hur många som står i kö; "
					+ "reserveUrl: sidan där man reserverar (eller ställer sig i kö när inget är inne).")
	ResponseEntity<Feed> availability(@Parameter(
			description = "En Fritidsbank (slug), till exempel fritidsbanken-helsingborg; utan den alla.") @RequestParam(
					required = false) String site) {
		Map<Long, List<Line>> lines = new LinkedHashMap<>();
		Map<Long, Map<String, Integer>> queues = new LinkedHashMap<>();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		for (Availability a : catalogue.availability(site)) {
			Map<String, Integer> waiting = queues.computeIfAbsent(a.siteId(),
					id -> CataloguePagesController.waiting(catalogue.requireSite(id), reservations));
			String reserveUrl = UriComponentsBuilder.fromUriString(base)
				.path("/fritidsbanken/{slug}/reservera")
				.queryParam("sort", a.typeId())
				.queryParamIfPresent("storlek", java.util.Optional.ofNullable(a.size()))
				.buildAndExpand(a.siteSlug())
				.encode()
				.toUriString();
			lines.computeIfAbsent(a.siteId(), id -> new ArrayList<>())
				.add(new Line(a.category(), a.subCategory(), a.typeId(), a.type(), a.size(), a.available(), a.total(),
						waiting.getOrDefault(a.typeId() + ":" + (a.size() == null ? "" : a.size()), 0), reserveUrl));
		}
		List<SiteFeed> sites = new ArrayList<>();
		for (SiteView s : catalogue.sites()) {
			if (site == null || site.isBlank() || s.slug().equals(site.trim())) {
				sites.add(new SiteFeed(s.slug(), s.name(), s.address(), s.loanDays(),
						lines.getOrDefault(s.id(), List.of())));
			}
		}
		// Counts change with every loan; a minute old is fresh enough for a website and
		// spares the database when the city's front page is busy.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(new Feed(clock.instant(), sites));
	}

	/** The whole feed. */
	record Feed(Instant generatedAt, List<SiteFeed> sites) {
	}

	/** One site and what it has. */
	record SiteFeed(String slug, String name, String address, int loanDays, List<Line> items) {
	}

	/**
	 * One item type and size at a site.
	 *
	 * @param waiting how many are in the queue for it
	 * @param reserveUrl the public page to reserve it, or to join the queue
	 */
	record Line(String category, String subCategory, long typeId, String type, String size, int available, int total,
			int waiting, String reserveUrl) {
	}

}
