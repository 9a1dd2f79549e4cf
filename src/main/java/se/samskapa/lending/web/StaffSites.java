package se.samskapa.lending.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.SiteView;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * What the counter pages share: the site from the address, open only to its staff, and a
 * refusal put into words for the page.
 */
@Component
class StaffSites {

	private final LendingCatalogue catalogue;

	private final LendingPermissions permissions;

	private final MessageSource messages;

	StaffSites(LendingCatalogue catalogue, LendingPermissions permissions, MessageSource messages) {
		this.catalogue = catalogue;
		this.permissions = permissions;
		this.messages = messages;
	}

	SiteView site(String slug) {
		return catalogue.siteBySlug(slug).orElseThrow(() -> NotFoundException.of("lending site", slug));
	}

	/** The site, if the user works there; refused (403) otherwise. */
	SiteView staffSite(String slug, SamskapaUser user) {
		SiteView site = site(slug);
		permissions.requireStaff(user, site.id());
		return site;
	}

	String text(RuleViolation violation) {
		return text(violation.messageKey(), violation.arguments());
	}

	String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, arguments, locale);
	}

}
