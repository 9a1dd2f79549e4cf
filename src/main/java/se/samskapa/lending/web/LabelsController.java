package se.samskapa.lending.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.internal.LabelSheet;

/**
 * Label sheets to print and stick on the items, for the site's staff.
 */
@Controller
class LabelsController {

	private final StaffSites sites;

	private final LendingCatalogue catalogue;

	private final LabelSheet labels;

	LabelsController(StaffSites sites, LendingCatalogue catalogue, LabelSheet labels) {
		this.sites = sites;
		this.catalogue = catalogue;
		this.labels = labels;
	}

	/**
	 * @param nummer only these items (the ones just made from a donation, say); every
	 * item in use when none is given
	 */
	@GetMapping("/fritidsbanken/{slug}/etiketter.pdf")
	ResponseEntity<byte[]> labels(@PathVariable String slug, @RequestParam(required = false) List<String> nummer,
			@AuthenticationPrincipal SamskapaUser user) {
		SiteView site = sites.staffSite(slug, user);
		List<ItemView> items = catalogue.items(site);
		if (nummer != null && !nummer.isEmpty()) {
			Set<String> chosen = nummer.stream()
				.map(n -> n.trim().toUpperCase(Locale.ROOT))
				.collect(Collectors.toSet());
			items = items.stream().filter(i -> chosen.contains(i.number().toUpperCase(Locale.ROOT))).toList();
		}
		byte[] pdf = labels.render(site, items, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("etiketter-" + site.slug() + ".pdf").build().toString())
			.body(pdf);
	}

}
