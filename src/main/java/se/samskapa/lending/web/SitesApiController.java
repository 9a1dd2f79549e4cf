package se.samskapa.lending.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.OpeningHours;
import se.samskapa.lending.SiteView;

/**
 * Running the sites: a lending admin creates sites, sets opening hours and closed days
 * and appoints staff; staff register donated items at their own site.
 */
@RestController
@RequestMapping("/api/v1/lending/sites")
@Tag(name = "Fritidsbanken: platser", description = "För administratörer av Fritidsbanken och personalen.")
class SitesApiController {

	private final LendingCatalogue catalogue;

	private final LendingPermissions permissions;

	SitesApiController(LendingCatalogue catalogue, LendingPermissions permissions) {
		this.catalogue = catalogue;
		this.permissions = permissions;
	}

	@PostMapping
	@Operation(summary = "Skapa en Fritidsbank (administratör)")
	ResponseEntity<SiteView> create(@RequestBody ApiRequests.Site body, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(catalogue.createSite(body.name(), body.address(), body.loanDays(), user.getUsername()));
	}

	@PutMapping("/{siteId}/opening-hours")
	@Operation(summary = "Ersätt öppettiderna (en rad per öppen veckodag)")
	SiteView openingHours(@PathVariable long siteId, @RequestBody List<OpeningHours> hours,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
		if (hours.stream().anyMatch(h -> h.day() == null || h.opens() == null || h.closes() == null)) {
			throw new InvalidInput("hours", "lending.api.field.required");
		}
		return catalogue.setOpeningHours(siteId, hours, user.getUsername());
	}

	@PostMapping("/{siteId}/closed-days")
	@Operation(summary = "Lägg till en stängd dag (helgdag, utbildning)")
	SiteView closedDay(@PathVariable long siteId, @Valid @RequestBody ApiRequests.ClosedDay body,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
		catalogue.addClosedDay(siteId, body.day(), body.reason(), user.getUsername());
		return catalogue.requireSite(siteId);
	}

	@PutMapping("/{siteId}/staff/{accountId}")
	@Operation(summary = "Gör ett konto till personal på Fritidsbanken")
	ResponseEntity<Void> appoint(@PathVariable long siteId, @PathVariable long accountId,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
		permissions.appointStaff(accountId, siteId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{siteId}/staff/{accountId}")
	@Operation(summary = "Ta bort ett konto från personalen")
	ResponseEntity<Void> dismiss(@PathVariable long siteId, @PathVariable long accountId,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
		permissions.dismissStaff(accountId, siteId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{siteId}/items")
	@Operation(summary = "Registrera skänkt utrustning (personal på platsen)")
	ResponseEntity<ItemView> registerItem(@PathVariable long siteId, @RequestBody ApiRequests.Item body,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaff(user, siteId);
		if (body.category() == null || body.category().isBlank()) {
			throw new InvalidInput("category", "lending.category.name.required");
		}
		long category = body.subCategory() == null || body.subCategory().isBlank()
				? catalogue.category(null, body.category()) : catalogue.category(body.category(), body.subCategory());
		long type = catalogue.itemType(category, body.type());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(catalogue.registerItem(siteId, type, body.number(), body.barcode(), body.size(), body.condition(),
					body.parts(), user.getUsername()));
	}

}
