package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.Condition;
import se.samskapa.lending.LoanView;
import se.samskapa.lending.OverdueLoan;
import se.samskapa.lending.ReminderKind;
import se.samskapa.lending.ReminderStatus;
import se.samskapa.lending.SentReminder;

/** Loans, the parts missing at their return, and their renewals. */
@Component
public class LoanStore {

	private static final String LOAN = """
			SELECT l.id, l.item_id, i.number, t.name AS type_name, i.size, l.borrower_id, l.site_id, l.lent_at,
			       l.due_on, l.due_overridden, l.returned_at, l.return_condition, l.return_note,
			       (SELECT count(*) FROM lending_renewal r WHERE r.loan_id = l.id) AS renewals,
			       (SELECT array_agg(m.name ORDER BY m.name) FROM lending_loan_missing_part m WHERE m.loan_id = l.id)
			         AS missing
			FROM lending_loan l
			JOIN lending_item i ON i.id = l.item_id
			JOIN lending_item_type t ON t.id = i.item_type_id
			""";

	private final JdbcClient jdbc;

	LoanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens a loan. Throws {@link org.springframework.dao.DuplicateKeyException} if the
	 * item is already on an open loan: the database's partial unique index says so.
	 */
	public long insert(long itemId, long borrowerId, long siteId, Instant lentAt, String lentBy, LocalDate dueOn,
			boolean dueOverridden) {
		return jdbc.sql("""
				INSERT INTO lending_loan (item_id, borrower_id, site_id, lent_at, lent_by, due_on, due_overridden)
				VALUES (:item, :borrower, :site, :lentAt, :lentBy, :due, :overridden) RETURNING id
				""")
			.param("item", itemId)
			.param("borrower", borrowerId)
			.param("site", siteId)
			.param("lentAt", Rows.timestamp(lentAt))
			.param("lentBy", lentBy)
			.param("due", dueOn)
			.param("overridden", dueOverridden)
			.query(Long.class)
			.single();
	}

	public Optional<LoanView> find(long id) {
		return jdbc.sql(LOAN + "WHERE l.id = :id").param("id", id).query(LoanStore::loan).optional();
	}

	public Optional<LoanView> openLoanOf(long itemId) {
		return jdbc.sql(LOAN + "WHERE l.item_id = :item AND l.returned_at IS NULL")
			.param("item", itemId)
			.query(LoanStore::loan)
			.optional();
	}

	public List<LoanView> openLoansOf(long borrowerId) {
		return jdbc.sql(LOAN + "WHERE l.borrower_id = :borrower AND l.returned_at IS NULL ORDER BY l.due_on, i.number")
			.param("borrower", borrowerId)
			.query(LoanStore::loan)
			.list();
	}

	/**
	 * The borrower's returned loans made at the sites, the latest return first.
	 * @param limit at most this many
	 */
	public List<LoanView> returnedLoansOf(long borrowerId, Collection<Long> siteIds, int limit) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(LOAN + """
				WHERE l.borrower_id = :borrower AND l.site_id IN (:sites) AND l.returned_at IS NOT NULL
				ORDER BY l.returned_at DESC, i.number LIMIT :limit
				""")
			.param("borrower", borrowerId)
			.param("sites", siteIds)
			.param("limit", limit)
			.query(LoanStore::loan)
			.list();
	}

	/** All the borrower's loans at every site, open ones first, then the latest. */
	public List<LoanView> allLoansOf(long borrowerId) {
		return jdbc.sql(LOAN + """
				WHERE l.borrower_id = :borrower
				ORDER BY l.returned_at IS NULL DESC, l.lent_at DESC, i.number
				""").param("borrower", borrowerId).query(LoanStore::loan).list();
	}

	/**
	 * Open loans of the site due before the day, the longest overdue first, each with the
	 * reminders about its current due date.
	 */
	public List<OverdueLoan> overdue(long siteId, LocalDate today) {
		List<OverdueLoan> loans = jdbc.sql("""
				SELECT l.id, i.number, t.name AS type_name, i.size, b.id AS borrower_id, b.name, b.mobile, l.due_on
				FROM lending_loan l
				JOIN lending_item i ON i.id = l.item_id
				JOIN lending_item_type t ON t.id = i.item_type_id
				JOIN lending_borrower b ON b.id = l.borrower_id
				WHERE l.site_id = :site AND l.returned_at IS NULL AND l.due_on < :today
				ORDER BY l.due_on, b.name, i.number
				""").param("site", siteId).param("today", today).query((rs, i) -> {
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			return new OverdueLoan(rs.getLong("id"), rs.getString("number"),
					describe(rs.getString("type_name"), rs.getString("size")), rs.getLong("borrower_id"),
					rs.getString("name"), rs.getString("mobile"), due, ChronoUnit.DAYS.between(due, today), List.of());
		}).list();
		if (loans.isEmpty()) {
			return loans;
		}
		Map<Long, List<SentReminder>> reminders = new HashMap<>();
		jdbc.sql("""
				SELECT r.loan_id, r.kind, r.status, r.channels, coalesce(r.finished_at, r.claimed_at) AS at
				FROM lending_reminder r JOIN lending_loan l ON l.id = r.loan_id AND l.due_on = r.due_on
				WHERE r.loan_id IN (:loans)
				ORDER BY r.claimed_at, r.kind
				""").param("loans", loans.stream().map(OverdueLoan::loanId).toList()).query(rs -> {
			reminders.computeIfAbsent(rs.getLong("loan_id"), id -> new ArrayList<>())
				.add(new SentReminder(ReminderKind.valueOf(rs.getString("kind")),
						ReminderStatus.valueOf(rs.getString("status")), rs.getString("channels"),
						Rows.instant(rs, "at")));
		});
		return loans.stream()
			.map(loan -> new OverdueLoan(loan.loanId(), loan.itemNumber(), loan.item(), loan.borrowerId(),
					loan.borrowerName(), loan.mobile(), loan.dueOn(), loan.daysOverdue(),
					List.copyOf(reminders.getOrDefault(loan.loanId(), List.of()))))
			.toList();
	}

	/**
	 * @return whether the loan was still open (a second scan of the same return is not)
	 */
	public boolean markReturned(long loanId, Instant at, String by, Condition condition, String note,
			List<String> missingParts) {
		int updated = jdbc.sql("""
				UPDATE lending_loan SET returned_at = :at, returned_by = :by, return_condition = :condition,
				       return_note = :note
				WHERE id = :id AND returned_at IS NULL
				""")
			.param("at", Rows.timestamp(at))
			.param("by", by)
			.param("condition", condition.name())
			.param("note", note)
			.param("id", loanId)
			.update();
		for (String part : missingParts) {
			jdbc.sql("INSERT INTO lending_loan_missing_part (loan_id, name) VALUES (:loan, :name)")
				.param("loan", loanId)
				.param("name", part)
				.update();
		}
		return updated == 1;
	}

	public void renew(long loanId, Instant at, String by, LocalDate previousDue, LocalDate newDue, boolean overridden) {
		jdbc.sql("UPDATE lending_loan SET due_on = :due, due_overridden = :overridden WHERE id = :id")
			.param("due", newDue)
			.param("overridden", overridden)
			.param("id", loanId)
			.update();
		jdbc.sql("""
				INSERT INTO lending_renewal (loan_id, renewed_at, renewed_by, previous_due, new_due)
				VALUES (:loan, :at, :by, :previous, :due)
				""")
			.param("loan", loanId)
			.param("at", Rows.timestamp(at))
			.param("by", by)
			.param("previous", previousDue)
			.param("due", newDue)
			.update();
	}

	public void changeDue(long loanId, LocalDate dueOn) {
		jdbc.sql("UPDATE lending_loan SET due_on = :due, due_overridden = TRUE WHERE id = :id")
			.param("due", dueOn)
			.param("id", loanId)
			.update();
	}

	private static String describe(String type, String size) {
		return size == null ? type : type + ", " + size;
	}

	private static LoanView loan(ResultSet rs, int row) throws SQLException {
		String item = describe(rs.getString("type_name"), rs.getString("size"));
		String condition = rs.getString("return_condition");
		return new LoanView(rs.getLong("id"), rs.getLong("item_id"), rs.getString("number"), item,
				rs.getLong("borrower_id"), rs.getLong("site_id"), Rows.instant(rs, "lent_at"),
				rs.getObject("due_on", LocalDate.class), rs.getBoolean("due_overridden"), rs.getInt("renewals"),
				Rows.instant(rs, "returned_at"), condition == null ? null : Condition.valueOf(condition),
				Rows.strings(rs, "missing"), rs.getString("return_note"));
	}

}
