package se.samskapa.lending.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samskapa.lending.DonationCounts;
import se.samskapa.lending.DonationStatistics;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.StatisticsScope;

/**
 * The statistics' donations: items in are the things received; items out are those
 * discarded at sorting and the items retired from the shelves.
 */
@Component
class DonationFigures implements DonationStatistics {

	private final LendingDonations donations;

	DonationFigures(LendingDonations donations) {
		this.donations = donations;
	}

	@Override
	public List<Month> perMonth(StatisticsScope scope) {
		long[] in = new long[scope.months()];
		long[] out = new long[scope.months()];
		for (long siteId : scope.siteIds()) {
			List<DonationCounts> counts = donations.countsPerMonth(siteId, scope.from(), scope.to());
			for (DonationCounts month : counts) {
				int index = (int) scope.from().until(month.month(), java.time.temporal.ChronoUnit.MONTHS);
				in[index] += month.received();
				out[index] += month.out();
			}
		}
		List<Month> months = new ArrayList<>(scope.months());
		for (int i = 0; i < scope.months(); i++) {
			YearMonth month = scope.from().plusMonths(i);
			months.add(new Month(month, in[i], out[i]));
		}
		return months;
	}

}
