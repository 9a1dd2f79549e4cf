package se.samskapa.lending.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.PastEmptySearch;
import se.samskapa.lending.PastLoan;

/**
 * Writes past loans, renewals and empty searches in batches: a season of a few hundred
 * loans is three round trips, not a thousand.
 */
@Component
public class HistoryStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	HistoryStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The site's items by their number in upper case. */
	public Map<String, Long> itemIdsOf(long siteId) {
		Map<String, Long> items = new HashMap<>();
		jdbc.sql("SELECT id, upper(number) AS number FROM lending_item WHERE site_id = :site")
			.param("site", siteId)
			.query(rs -> {
				items.put(rs.getString("number"), rs.getLong("id"));
			});
		return items;
	}

	public long countBorrowers(Collection<Long> ids) {
		return ids.isEmpty() ? 0
				: jdbc.sql("SELECT count(*) FROM lending_borrower WHERE id IN (:ids)")
					.param("ids", List.copyOf(ids))
					.query(Long.class)
					.single();
	}

	/**
	 * Marks the items as lent.
	 * @return whether every one of them was in
	 */
	public boolean markLent(Collection<Long> itemIds) {
		return itemIds.isEmpty()
				|| jdbc.sql("UPDATE lending_item SET status = 'ON_LOAN' WHERE id IN (:ids) AND status = 'AVAILABLE'")
					.param("ids", List.copyOf(itemIds))
					.update() == itemIds.size();
	}

	/**
	 * Inserts the loans and their renewals.
	 * @param items the site's item ids by number in upper case
	 * @return how many renewals were written
	 */
	public int insertLoans(long siteId, List<PastLoan> loans, Map<String, Long> items, String actor) {
		List<Long> ids = jdbc
			.sql("SELECT nextval(pg_get_serial_sequence('lending_loan', 'id')) FROM generate_series(1, :n)")
			.param("n", loans.size())
			.query(Long.class)
			.list();
		List<Object[]> loanRows = new ArrayList<>();
		List<Object[]> renewalRows = new ArrayList<>();
		for (int i = 0; i < loans.size(); i++) {
			PastLoan loan = loans.get(i);
			long id = ids.get(i);
			loanRows.add(new Object[] { id, items.get(loan.itemNumber().toUpperCase(Locale.ROOT)), loan.borrowerId(),
					siteId, Rows.timestamp(loan.lentAt()), actor, Date.valueOf(loan.finalDue()),
					Rows.timestamp(loan.returnedAt()), loan.returnedAt() == null ? null : actor,
					loan.returnCondition() == null ? null : loan.returnCondition().name() });
			var previous = loan.dueOn();
			for (PastLoan.Renewal renewal : loan.renewals()) {
				renewalRows.add(new Object[] { id, Rows.timestamp(renewal.renewedAt()), actor, Date.valueOf(previous),
						Date.valueOf(renewal.newDue()) });
				previous = renewal.newDue();
			}
		}
		batch.batchUpdate("""
				INSERT INTO lending_loan (id, item_id, borrower_id, site_id, lent_at, lent_by, due_on, returned_at,
				                          returned_by, return_condition)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", loanRows);
		batch.batchUpdate("""
				INSERT INTO lending_renewal (loan_id, renewed_at, renewed_by, previous_due, new_due)
				VALUES (?, ?, ?, ?, ?)
				""", renewalRows);
		return renewalRows.size();
	}

	/**
	 * The number of an item that is on two loans at the same time, if one is.
	 */
	public Optional<String> findOverlap(Collection<Long> itemIds) {
		return itemIds.isEmpty() ? Optional.empty() : jdbc.sql("""
				SELECT i.number
				FROM lending_loan a
				JOIN lending_loan b ON b.item_id = a.item_id AND b.id > a.id
				JOIN lending_item i ON i.id = a.item_id
				WHERE a.item_id IN (:items)
				  AND tstzrange(a.lent_at, coalesce(a.returned_at, 'infinity'))
				      && tstzrange(b.lent_at, coalesce(b.returned_at, 'infinity'))
				LIMIT 1
				""").param("items", List.copyOf(itemIds)).query(String.class).optional();
	}

	/** A borrower is registered no later than their first loan. */
	public void registeredNoLaterThanFirstLoan(Collection<Long> borrowerIds) {
		if (!borrowerIds.isEmpty()) {
			jdbc.sql("""
					UPDATE lending_borrower b SET created_at = first.lent_at
					FROM (SELECT borrower_id, min(lent_at) AS lent_at FROM lending_loan
					      WHERE borrower_id IN (:ids) GROUP BY borrower_id) first
					WHERE b.id = first.borrower_id AND first.lent_at < b.created_at
					""").param("ids", List.copyOf(borrowerIds)).update();
		}
	}

	public void addEmptySearches(long siteId, List<PastEmptySearch> searches) {
		batch.batchUpdate("""
				INSERT INTO lending_empty_search (site_id, day, term, no_match, none_in)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (site_id, day, term) DO UPDATE
				SET no_match = lending_empty_search.no_match + excluded.no_match,
				    none_in = lending_empty_search.none_in + excluded.none_in
				""",
				searches.stream()
					.map(s -> new Object[] { siteId, Date.valueOf(s.day()), s.term(), s.noMatch(), s.noneIn() })
					.toList());
	}

}
