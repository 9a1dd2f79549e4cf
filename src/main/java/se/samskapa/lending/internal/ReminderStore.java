package se.samskapa.lending.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.ReminderKind;
import se.samskapa.lending.ReminderStatus;

/**
 * The reminders taken and sent: one row per loan, kind and due date, which the primary
 * key keeps unique, so a reminder is taken once however often the job runs and on however
 * many nodes.
 */
@Component
public class ReminderStore {

	private final JdbcClient jdbc;

	ReminderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open loans due in the days a reminder can be about today. */
	public List<ReminderPlan.Candidate> candidates(LocalDate today) {
		return jdbc.sql("""
				SELECT l.id, l.borrower_id, l.site_id, l.due_on,
				       CAST(l.lent_at AT TIME ZONE 'Europe/Stockholm' AS DATE) AS lent_on,
				       l.returned_at IS NOT NULL AS returned, b.wiped_at IS NOT NULL AS wiped
				FROM lending_loan l JOIN lending_borrower b ON b.id = l.borrower_id
				WHERE l.returned_at IS NULL AND l.due_on BETWEEN :from AND :to
				""")
			.param("from", ReminderKind.earliestDueDate(today))
			.param("to", ReminderKind.latestDueDate(today))
			.query((rs, row) -> new ReminderPlan.Candidate(rs.getLong("id"), rs.getLong("borrower_id"),
					rs.getLong("site_id"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("lent_on", LocalDate.class), rs.getBoolean("returned"), rs.getBoolean("wiped")))
			.list();
	}

	/** The reminders already taken for these loans. */
	public Set<ReminderPlan.Taken> taken(Collection<Long> loanIds) {
		if (loanIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT loan_id, kind, due_on FROM lending_reminder WHERE loan_id IN (:loans)")
			.param("loans", loanIds)
			.query((rs, row) -> new ReminderPlan.Taken(rs.getLong("loan_id"),
					ReminderKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class)))
			.list());
	}

	/**
	 * Takes the reminder of these loans for this run. A loan whose reminder another run
	 * took first (on another node, say) is left out.
	 * @return the loans taken now
	 */
	public List<Long> claim(ReminderKind kind, LocalDate dueOn, List<Long> loanIds, Instant now) {
		List<Long> claimed = new ArrayList<>();
		for (long loanId : loanIds) {
			int inserted = jdbc.sql("""
					INSERT INTO lending_reminder (loan_id, kind, due_on, claimed_at) VALUES (:loan, :kind, :due, :now)
					ON CONFLICT DO NOTHING
					""")
				.param("loan", loanId)
				.param("kind", kind.name())
				.param("due", dueOn)
				.param("now", Rows.timestamp(now))
				.update();
			if (inserted == 1) {
				claimed.add(loanId);
			}
		}
		return claimed;
	}

	/** Notes what became of the reminder of these loans. */
	public void finish(ReminderKind kind, LocalDate dueOn, Collection<Long> loanIds, ReminderStatus status,
			String channels, Instant now) {
		if (loanIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE lending_reminder SET status = :status, channels = :channels, finished_at = :now
				WHERE loan_id IN (:loans) AND kind = :kind AND due_on = :due
				""")
			.param("status", status.name())
			.param("channels", channels)
			.param("now", Rows.timestamp(now))
			.param("loans", loanIds)
			.param("kind", kind.name())
			.param("due", dueOn)
			.update();
	}

}
