package se.samskapa.lending.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.SiteView;

/**
 * A site's name, address and loan period, as a lending admin creates or changes them.
 */
record SiteForm(
		@NotBlank(message = "{lending.site.name.required}") @Size(max = 100,
				message = "{lending.site.name.too.long.100}") String name,
		@Size(max = 200, message = "{lending.site.address.too.long.200}") String address,
		@NotNull(message = "{lending.site.loan.days.required}") @Min(value = 1,
				message = "{lending.site.loan.days.range}") @Max(value = 365,
						message = "{lending.site.loan.days.range}") Integer loanDays) {

	static SiteForm empty() {
		return new SiteForm("", "", LendingCatalogue.DEFAULT_LOAN_DAYS);
	}

	static SiteForm of(SiteView site) {
		return new SiteForm(site.name(), site.address(), site.loanDays());
	}

}
