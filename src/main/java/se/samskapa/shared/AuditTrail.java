package se.samskapa.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what and when. Written in the caller's transaction, so a change and
 * its record stand or fall together.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String subject, Long subjectId, String action, String detail) {
		jdbc.sql("""
				INSERT INTO shared_audit_event (occurred_at, actor, subject, subject_id, action, detail)
				VALUES (:at, :actor, :subject, :subjectId, :action, :detail)
				""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("actor", actor == null ? "system" : actor)
			.param("subject", subject)
			.param("subjectId", subjectId)
			.param("action", action)
			.param("detail", detail)
			.update();
	}

	@Transactional(readOnly = true)
	public List<Entry> entries(String subject, long subjectId) {
		return jdbc.sql("""
				SELECT occurred_at, actor, action, detail FROM shared_audit_event
				WHERE subject = :subject AND subject_id = :id ORDER BY occurred_at, id
				""")
			.param("subject", subject)
			.param("id", subjectId)
			.query((rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * One recorded change.
	 *
	 * @param at when
	 * @param actor who (a username, or "system")
	 * @param action what was done
	 * @param detail what changed, in words
	 */
	public record Entry(Instant at, String actor, String action, String detail) {
	}

}
