package se.samskapa.lending;

import java.time.YearMonth;

/**
 * Donations in and out at a site in one month, for the statistics: things received (by
 * the day they came in), sorted to the catalogue, to repair or discarded (by the day they
 * were sorted), and items retired (by the day they were retired).
 */
public record DonationCounts(YearMonth month, int received, int toCatalogue, int toRepair, int discarded, int retired) {

	/** What left the site: discarded donations and retired items. */
	public int out() {
		return discarded + retired;
	}

}
