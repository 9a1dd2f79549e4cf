package se.samskapa.lending;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.StatisticsStore;
import se.samskapa.shared.Dates;

/**
 * Fritidsbanken's statistics: item-loans per month, category and site (a renewal is not a
 * loan), different borrowers counted by pseudonym, what people searched for and could not
 * get, and, once those parts report here, waitlists and donations. Also records the
 * catalogue's empty searches, without anything about who searched.
 */
@Service
@Transactional(readOnly = true)
public class LendingStatistics {

	/**
	 * A term must have been searched this often in the period to be listed: one search
	 * might be a name or a number typed into the wrong box.
	 */
	public static final int MIN_TERM_SEARCHES = 2;

	private final StatisticsStore store;

	private final Dates dates;

	private final ObjectProvider<WaitlistStatistics> waitlists;

	private final ObjectProvider<DonationStatistics> donations;

	LendingStatistics(StatisticsStore store, Dates dates, ObjectProvider<WaitlistStatistics> waitlists,
			ObjectProvider<DonationStatistics> donations) {
		this.store = store;
		this.dates = dates;
		this.waitlists = waitlists;
		this.donations = donations;
	}

	/** The last twelve months, this one included: what the page shows first. */
	public StatisticsScope lastTwelveMonths(Set<Long> siteIds) {
		return StatisticsScope.lastMonths(YearMonth.from(dates.today()), 12, siteIds);
	}

	public StatisticsReport report(StatisticsScope scope) {
		if (scope.siteIds().isEmpty()) {
			return empty(scope);
		}
		Map<YearMonth, long[]> loans = store.loansPerMonth(scope);
		Map<YearMonth, Long> renewals = store.renewalsPerMonth(scope);
		List<StatisticsReport.Month> months = new ArrayList<>();
		for (YearMonth month = scope.from(); !month.isAfter(scope.to()); month = month.plusMonths(1)) {
			long[] lent = loans.getOrDefault(month, new long[2]);
			months.add(new StatisticsReport.Month(month, lent[0], renewals.getOrDefault(month, 0L), lent[1]));
		}
		long[] totals = store.totals(scope);
		return new StatisticsReport(scope, months, totals[0], totals[1], totals[2], store.loansPerCategory(scope),
				store.perSite(scope), emptySearches(scope),
				Optional.ofNullable(waitlists.getIfAvailable()).map(w -> w.demand(scope)),
				Optional.ofNullable(donations.getIfAvailable()).map(d -> d.perMonth(scope)));
	}

	private StatisticsReport.EmptySearches emptySearches(StatisticsScope scope) {
		List<StatisticsReport.Term> all = store.emptySearches(scope);
		List<StatisticsReport.Term> listed = all.stream().filter(t -> t.total() >= MIN_TERM_SEARCHES).toList();
		long unlisted = all.stream()
			.filter(t -> t.total() < MIN_TERM_SEARCHES)
			.mapToLong(StatisticsReport.Term::total)
			.sum();
		return new StatisticsReport.EmptySearches(listed, all.stream().mapToLong(StatisticsReport.Term::noMatch).sum(),
				all.stream().mapToLong(StatisticsReport.Term::noneIn).sum(), unlisted);
	}

	private StatisticsReport empty(StatisticsScope scope) {
		List<StatisticsReport.Month> months = new ArrayList<>();
		for (YearMonth month = scope.from(); !month.isAfter(scope.to()); month = month.plusMonths(1)) {
			months.add(new StatisticsReport.Month(month, 0, 0, 0));
		}
		return new StatisticsReport(scope, months, 0, 0, 0, List.of(), List.of(),
				new StatisticsReport.EmptySearches(List.of(), 0, 0, 0), Optional.empty(), Optional.empty());
	}

	/**
	 * Counts a search of the site's public catalogue that found nothing in. Only the
	 * normalised words and the day are kept; a search that looks like a phone number or
	 * an e-mail address is not counted.
	 * @param kindFound something of the kind was found, with none of it in; otherwise
	 * nothing matched at all
	 * @return whether the search was counted
	 */
	@Transactional
	public boolean recordEmptySearch(long siteId, String query, boolean kindFound) {
		Optional<String> term = SearchTerms.normalise(query);
		term.ifPresent(t -> store.countEmptySearch(siteId, dates.today(), t, kindFound));
		return term.isPresent();
	}

}
