package se.samskapa.lending;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.HistoryStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;

/**
 * Writes history: loans, renewals and empty searches that happened before they were
 * entered here, with their own dates, such as a site's records brought over from a
 * spreadsheet or the demo's season. Not for the counter, which lends, renews and takes
 * back now, through {@link LendingManagement}: nothing here may lie in the future, every
 * item must be the site's, an item is never on two loans at the same time (checked
 * against the loans already stored), and a loan still out takes an item that is in. A
 * whole import is written or none of it, with one entry in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class LendingHistory {

	private final LendingCatalogue sites;

	private final HistoryStore history;

	private final AuditTrail audit;

	private final Clock clock;

	private final Dates dates;

	LendingHistory(LendingCatalogue sites, HistoryStore history, AuditTrail audit, Clock clock, Dates dates) {
		this.sites = sites;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
		this.dates = dates;
	}

	/**
	 * Writes past loans of the site in one go. Loans still out mark their items as lent;
	 * a borrower counts as registered no later than their first loan.
	 * @return how many loans were written
	 */
	@Transactional
	public int importLoans(long siteId, List<PastLoan> loans, String actor) {
		sites.requireSite(siteId);
		if (loans.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		Map<String, Long> items = history.itemIdsOf(siteId);
		Set<Long> used = new HashSet<>();
		Set<Long> stillOut = new HashSet<>();
		Set<Long> borrowerIds = new HashSet<>();
		for (PastLoan loan : loans) {
			Long item = loan.itemNumber() == null ? null : items.get(loan.itemNumber().toUpperCase(Locale.ROOT));
			if (item == null) {
				throw new RuleViolation("lending.history.item.unknown", loan.itemNumber());
			}
			check(loan, now);
			used.add(item);
			if (loan.returnedAt() == null && !stillOut.add(item)) {
				throw new RuleViolation("lending.item.on.loan", loan.itemNumber());
			}
			borrowerIds.add(loan.borrowerId());
		}
		if (history.countBorrowers(borrowerIds) != borrowerIds.size()) {
			throw new UnknownLendingThing("lending.borrower.unknown");
		}
		if (!history.markLent(stillOut)) {
			throw new RuleViolation("lending.history.item.not.in");
		}
		int renewals = history.insertLoans(siteId, loans, items, actor);
		history.findOverlap(used).ifPresent(number -> {
			throw new RuleViolation("lending.history.overlap", number);
		});
		history.registeredNoLaterThanFirstLoan(borrowerIds);
		audit.record(actor, "lending-site", siteId, "history-imported",
				loans.size() + " loans, " + renewals + " renewals");
		return loans.size();
	}

	/**
	 * Adds past days' counts of empty catalogue searches, normalised as the catalogue
	 * normalises them; terms it would not keep are left out.
	 * @return how many searches were counted
	 */
	@Transactional
	public int importEmptySearches(long siteId, List<PastEmptySearch> searches, String actor) {
		sites.requireSite(siteId);
		LocalDate today = dates.today();
		List<PastEmptySearch> kept = searches.stream()
			.filter(s -> s.noMatch() >= 0 && s.noneIn() >= 0 && s.noMatch() + s.noneIn() > 0)
			.map(s -> {
				if (s.day().isAfter(today)) {
					throw new InvalidInput("day", "lending.history.future");
				}
				return SearchTerms.normalise(s.term())
					.map(term -> new PastEmptySearch(s.day(), term, s.noMatch(), s.noneIn()))
					.orElse(null);
			})
			.filter(Objects::nonNull)
			.toList();
		history.addEmptySearches(siteId, kept);
		int counted = kept.stream().mapToInt(s -> s.noMatch() + s.noneIn()).sum();
		audit.record(actor, "lending-site", siteId, "history-imported", counted + " empty searches");
		return counted;
	}

	private static void check(PastLoan loan, Instant now) {
		if (loan.lentAt() == null || loan.dueOn() == null) {
			throw new InvalidInput("lentAt", "lending.history.incomplete", loan.itemNumber());
		}
		if (loan.lentAt().isAfter(now) || (loan.returnedAt() != null && loan.returnedAt().isAfter(now))) {
			throw new InvalidInput("lentAt", "lending.history.future");
		}
		if ((loan.returnedAt() == null) != (loan.returnCondition() == null)) {
			throw new InvalidInput("returnCondition", "lending.history.incomplete", loan.itemNumber());
		}
		Instant end = loan.returnedAt() == null ? now : loan.returnedAt();
		if (!end.isAfter(loan.lentAt())) {
			throw new InvalidInput("returnedAt", "lending.history.order", loan.itemNumber());
		}
		Instant previous = loan.lentAt();
		LocalDate due = loan.dueOn();
		for (PastLoan.Renewal renewal : loan.renewals()) {
			if (!renewal.renewedAt().isAfter(previous) || renewal.renewedAt().isAfter(end)
					|| !renewal.newDue().isAfter(due)) {
				throw new InvalidInput("renewals", "lending.history.order", loan.itemNumber());
			}
			previous = renewal.renewedAt();
			due = renewal.newDue();
		}
	}

}
