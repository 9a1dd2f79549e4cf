package se.samskapa.lending.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.SiteView;

/**
 * A site's name, address and loan period, as a lending admin creates or changes them. The
 * loan period stays text until it is checked, so that every field's mistake is reported
 * at once and comes back as typed.
 */
record SiteForm(
		@NotBlank(message = "{lending.site.name.required}") @Size(max = 100,
				message = "{lending.site.name.too.long.100}") String name,
		@Size(max = 200, message = "{lending.site.address.too.long.200}") String address,
		@NotBlank(message = "{lending.site.loan.days.required}") @Pattern(regexp = "\\s*\\d{1,6}\\s*",
				message = "{lending.site.loan.days.digits}") String loanDays) {

	static SiteForm empty() {
		return new SiteForm("", "", String.valueOf(LendingCatalogue.DEFAULT_LOAN_DAYS));
	}

	static SiteForm of(SiteView site) {
		return new SiteForm(site.name(), site.address(), String.valueOf(site.loanDays()));
	}

	/** The loan period, checked against the rule of 1 to 365 days. */
	void checkLoanDays(BindingResult result) {
		if (!result.hasFieldErrors("loanDays") && (days() < 1 || days() > 365)) {
			result.rejectValue("loanDays", "lending.site.loan.days.range");
		}
	}

	int days() {
		return Integer.parseInt(loanDays.trim());
	}

}
