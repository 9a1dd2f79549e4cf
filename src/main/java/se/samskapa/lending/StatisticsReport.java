package se.samskapa.lending;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Fritidsbanken's statistics for a period and a set of sites. Loans are item-loans: three
 * things lent at once are three loans. A renewal extends a loan and is never counted as
 * one. Borrowers are counted by their pseudonym, which stays when their name and number
 * are wiped, so the counts of a past period never change.
 *
 * @param months every month of the period, also those without a loan
 * @param loans new loans in the period
 * @param renewals renewals made in the period
 * @param borrowers different borrowers with a new loan in the period (one who borrowed in
 * three months is counted once)
 * @param categories new loans per main category, the most first
 * @param sites new loans, renewals and borrowers per site, by name
 * @param emptySearches what the public catalogue was searched for without anything in
 * @param waitlists what people queued for; empty until reservations and waitlists report
 * here
 * @param donations items given to and passed on from the sites; empty until donations
 * report here
 */
public record StatisticsReport(StatisticsScope scope, List<Month> months, long loans, long renewals, long borrowers,
		List<Category> categories, List<Site> sites, EmptySearches emptySearches,
		Optional<List<WaitlistStatistics.Demand>> waitlists, Optional<List<DonationStatistics.Month>> donations) {

	/**
	 * @param borrowers different borrowers with a new loan that month
	 */
	public record Month(YearMonth month, long loans, long renewals, long borrowers) {
	}

	/** A main category (Vintersport, Friluftsliv) and its new loans. */
	public record Category(String name, long loans) {
	}

	/**
	 * @param borrowers different borrowers with a new loan at this site; one who borrowed
	 * at two sites counts at each, and once in the report's total
	 */
	public record Site(long id, String name, long loans, long renewals, long borrowers) {
	}

	/**
	 * @param terms the terms searched at least
	 * {@link LendingStatistics#MIN_TERM_SEARCHES} times, the most searched first; a term
	 * searched only once is counted in the totals but not listed, so that a name or
	 * number typed by mistake is never shown
	 * @param noMatch searches that found nothing of the kind
	 * @param noneIn searches that found the kind, with none of it in
	 */
	public record EmptySearches(List<Term> terms, long noMatch, long noneIn, long unlistedSearches) {

		public long total() {
			return noMatch + noneIn;
		}

	}

	/**
	 * A search term and how often it found nothing available.
	 *
	 * @param days on how many different days it was searched
	 */
	public record Term(String term, long noMatch, long noneIn, long days) {

		public long total() {
			return noMatch + noneIn;
		}

	}

}
