package se.samskapa.lending;

import java.time.YearMonth;
import java.util.List;

/**
 * Donations in and out: items given to a site, and items it passed on (to another
 * Fritidsbank, a school, recycling). The statistics page shows "no figures yet" until a
 * bean implements this (the donations work does, in this module).
 */
public interface DonationStatistics {

	/** Every month of the scope, in order, also months without a donation. */
	List<Month> perMonth(StatisticsScope scope);

	/**
	 * @param itemsIn items donated to the scope's sites that month
	 * @param itemsOut items the sites passed on that month
	 */
	record Month(YearMonth month, long itemsIn, long itemsOut) {
	}

}
