package se.samskapa.directory;

import java.time.LocalDate;

/**
 * A person's tie to an organisation or role for a period: "brukarmentor" in 2016,
 * "socialförvaltningen" from 2017.
 *
 * @param organisationId the organisation, if the tie is to one
 * @param organisationName its name, for display
 * @param title the role as written, if any
 * @param validFrom first day, or {@code null} when unknown
 * @param validTo last day, or {@code null} while it lasts
 */
public record AffiliationView(Long organisationId, String organisationName, String title, LocalDate validFrom,
		LocalDate validTo) {

	/** What to write after the person's name: the organisation, else the title. */
	public String label() {
		if (organisationName != null && title != null) {
			return title + ", " + organisationName;
		}
		return organisationName != null ? organisationName : title;
	}

	public boolean isValidOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

}
