package se.samskapa.lending.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samskapa.directory.SamskapaUser;
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

	@GetMapping("/fritidsbanken/{slug}/etiketter.pdf")
	ResponseEntity<byte[]> labels(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user) {
		SiteView site = sites.staffSite(slug, user);
		byte[] pdf = labels.render(site, catalogue.items(site), LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("etiketter-" + site.slug() + ".pdf").build().toString())
			.body(pdf);
	}

}
