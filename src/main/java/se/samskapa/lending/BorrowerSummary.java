package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;

import se.samskapa.shared.Dates;

/**
 * A borrower in a site's list.
 *
 * @param openLoans what they have out from the site now
 * @param lastLent when the site last lent them something, or {@code null} if it never did
 * (they registered there)
 */
public record BorrowerSummary(BorrowerView borrower, int openLoans, Instant lastLent) {

	/** The day the site last lent them something, in Sweden, or {@code null}. */
	public LocalDate lastLentOn() {
		return lastLent == null ? null : lastLent.atZone(Dates.ZONE).toLocalDate();
	}

}
