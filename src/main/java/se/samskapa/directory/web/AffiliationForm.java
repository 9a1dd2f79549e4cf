package se.samskapa.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

/**
 * A person's tie to an organisation or a role for a period.
 *
 * @param organisationId the organisation, if any
 * @param title the role as people say it, if any
 * @param validFrom the first day, if known
 * @param validTo the last day, or empty while it lasts
 */
public record AffiliationForm(Long organisationId,
		@Size(max = 200, message = "{affiliation.title.too.long}") String title,
		@DateTimeFormat(iso = ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate validTo) {

	static AffiliationForm empty() {
		return new AffiliationForm(null, "", null, null);
	}

	/** The rules that span fields, which annotations cannot tie to one input. */
	void check(BindingResult result) {
		if (organisationId == null && (title == null || title.isBlank()) && !result.hasFieldErrors("title")) {
			result.rejectValue("organisationId", "affiliation.organisation.or.title");
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			result.rejectValue("validTo", "affiliation.period.order");
		}
	}

}
