package se.samskapa.lending;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

import se.samskapa.shared.Dates;

/**
 * What a statistic covers: whole calendar months in Swedish time, from the first to the
 * last (both included), at the given sites.
 *
 * @param siteIds the sites counted; none gives empty statistics
 */
public record StatisticsScope(YearMonth from, YearMonth to, Set<Long> siteIds) {

	/** The longest period the statistics page shows at once: five years. */
	public static final int MAX_MONTHS = 60;

	public StatisticsScope {
		if (from == null || to == null) {
			throw new IllegalArgumentException("A period needs its first and last month");
		}
		if (to.isBefore(from)) {
			throw new InvalidInput("to", "lending.statistics.period.order");
		}
		if (months(from, to) > MAX_MONTHS) {
			throw new InvalidInput("from", "lending.statistics.period.too.long", MAX_MONTHS);
		}
		siteIds = Set.copyOf(siteIds);
	}

	/** The last {@code months} months up to and including the given one. */
	public static StatisticsScope lastMonths(YearMonth last, int months, Set<Long> siteIds) {
		return new StatisticsScope(last.minusMonths(months - 1L), last, siteIds);
	}

	/** Midnight in Stockholm at the start of the first month. */
	public Instant start() {
		return from.atDay(1).atStartOfDay(Dates.ZONE).toInstant();
	}

	/** Midnight in Stockholm after the last month: the end, not included. */
	public Instant end() {
		return to.plusMonths(1).atDay(1).atStartOfDay(Dates.ZONE).toInstant();
	}

	/** How many months the period has. */
	public int months() {
		return months(from, to);
	}

	private static int months(YearMonth from, YearMonth to) {
		return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
	}

}
