package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.Condition;
import se.samskapa.lending.DonatedThing;
import se.samskapa.lending.Donation;
import se.samskapa.lending.DonationCounts;
import se.samskapa.lending.DonationLine;
import se.samskapa.lending.DonationSummary;
import se.samskapa.lending.TriageOutcome;

/** Donations, their lines and how the donated things were sorted. */
@Component
public class DonationStore {

	private static final String LINE = """
			SELECT l.id, l.position, l.item_type_id, t.name AS type_name,
			       CASE WHEN p.id IS NULL THEN c.name ELSE p.name || ' – ' || c.name END AS category,
			       l.description, l.size, l.count, l.condition, l.note,
			       (SELECT array_agg(i.number ORDER BY i.number) FROM lending_item i WHERE i.donation_line_id = l.id)
			         AS items
			FROM lending_donation_line l
			LEFT JOIN lending_item_type t ON t.id = l.item_type_id
			LEFT JOIN lending_category c ON c.id = t.category_id
			LEFT JOIN lending_category p ON p.id = c.parent_id
			""";

	private final JdbcClient jdbc;

	DonationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long siteId, LocalDate receivedOn, String donorName, String donorContact, Instant at,
			String by) {
		return jdbc.sql("""
				INSERT INTO lending_donation (site_id, received_on, donor_name, donor_contact, created_at, created_by)
				VALUES (:site, :received, :name, :contact, :at, :by) RETURNING id
				""")
			.param("site", siteId)
			.param("received", receivedOn)
			.param("name", donorName)
			.param("contact", donorContact)
			.param("at", Rows.timestamp(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public void insertLine(long donationId, int position, DonatedThing thing) {
		jdbc.sql("""
				INSERT INTO lending_donation_line (donation_id, position, item_type_id, description, size, count,
				                                   condition, note)
				VALUES (:donation, :position, :type, :description, :size, :count, :condition, :note)
				""")
			.param("donation", donationId)
			.param("position", position)
			.param("type", thing.typeId())
			.param("description", thing.what())
			.param("size", thing.size())
			.param("count", thing.count())
			.param("condition", thing.condition().name())
			.param("note", thing.note())
			.update();
	}

	public Optional<Donation> find(long id) {
		return jdbc.sql("""
				SELECT id, site_id, received_on, donor_name, donor_contact, donor_wiped_at, created_by
				FROM lending_donation WHERE id = :id
				""")
			.param("id", id)
			.query((rs, i) -> new Donation(rs.getLong("id"), rs.getLong("site_id"),
					rs.getObject("received_on", LocalDate.class), rs.getString("donor_name"),
					rs.getString("donor_contact"), rs.getTimestamp("donor_wiped_at") != null,
					rs.getString("created_by"), lines(id)))
			.optional();
	}

	private List<DonationLine> lines(long donationId) {
		Map<Long, List<DonationLine.Sorted>> sorted = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT s.line_id, s.outcome, s.count, s.reason, s.triaged_on, s.triaged_by
				FROM lending_donation_triage s JOIN lending_donation_line l ON l.id = s.line_id
				WHERE l.donation_id = :donation ORDER BY s.triaged_at, s.id
				""").param("donation", donationId).query(rs -> {
			sorted.computeIfAbsent(rs.getLong("line_id"), l -> new ArrayList<>())
				.add(new DonationLine.Sorted(TriageOutcome.valueOf(rs.getString("outcome")), rs.getInt("count"),
						rs.getString("reason"), rs.getObject("triaged_on", LocalDate.class),
						rs.getString("triaged_by")));
		});
		return jdbc.sql(LINE + "WHERE l.donation_id = :donation ORDER BY l.position")
			.param("donation", donationId)
			.query((rs, i) -> line(rs, sorted.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * The site's donations, those with things waiting to be sorted first, then newest.
	 */
	public List<DonationSummary> summaries(long siteId) {
		return jdbc.sql("""
				SELECT d.id, d.received_on, (d.donor_name IS NOT NULL OR d.donor_contact IS NOT NULL) AS named,
				       string_agg(coalesce(t.name, l.description), ', ' ORDER BY l.position) AS what,
				       sum(l.count) AS things,
				       sum(l.count) - coalesce((SELECT sum(s.count) FROM lending_donation_triage s
				                                JOIN lending_donation_line sl ON sl.id = s.line_id
				                                WHERE sl.donation_id = d.id), 0) AS untriaged
				FROM lending_donation d
				JOIN lending_donation_line l ON l.donation_id = d.id
				LEFT JOIN lending_item_type t ON t.id = l.item_type_id
				WHERE d.site_id = :site
				GROUP BY d.id
				ORDER BY (sum(l.count) - coalesce((SELECT sum(s.count) FROM lending_donation_triage s
				                                   JOIN lending_donation_line sl ON sl.id = s.line_id
				                                   WHERE sl.donation_id = d.id), 0)) > 0 DESC,
				         d.received_on DESC, d.id DESC
				""")
			.param("site", siteId)
			.query((rs, i) -> new DonationSummary(rs.getLong("id"), rs.getObject("received_on", LocalDate.class),
					rs.getBoolean("named"), rs.getString("what"), rs.getInt("things"), rs.getInt("untriaged")))
			.list();
	}

	/**
	 * Locks the line until the transaction ends, so that two people cannot sort the same
	 * things twice, and gives the donation it belongs to.
	 */
	public Optional<Long> lockLine(long lineId) {
		return jdbc.sql("SELECT donation_id FROM lending_donation_line WHERE id = :id FOR UPDATE")
			.param("id", lineId)
			.query(Long.class)
			.optional();
	}

	public void setLineType(long lineId, long typeId) {
		jdbc.sql("UPDATE lending_donation_line SET item_type_id = :type WHERE id = :id")
			.param("id", lineId)
			.param("type", typeId)
			.update();
	}

	public void triage(long lineId, TriageOutcome outcome, int count, String reason, LocalDate on, Instant at,
			String by) {
		jdbc.sql(
				"""
						INSERT INTO lending_donation_triage (line_id, outcome, count, reason, triaged_on, triaged_at, triaged_by)
						VALUES (:line, :outcome, :count, :reason, :on, :at, :by)
						""")
			.param("line", lineId)
			.param("outcome", outcome.name())
			.param("count", count)
			.param("reason", reason)
			.param("on", on)
			.param("at", Rows.timestamp(at))
			.param("by", by)
			.update();
	}

	public boolean wipeDonor(long donationId, Instant now) {
		return jdbc.sql("""
				UPDATE lending_donation SET donor_name = NULL, donor_contact = NULL, donor_wiped_at = :now
				WHERE id = :id AND (donor_name IS NOT NULL OR donor_contact IS NOT NULL)
				""").param("id", donationId).param("now", Rows.timestamp(now)).update() == 1;
	}

	/** Wipes the donors of donations received before the day; gives their ids. */
	public List<Long> wipeDonorsReceivedBefore(LocalDate cutoff, Instant now) {
		return jdbc.sql("""
				UPDATE lending_donation SET donor_name = NULL, donor_contact = NULL, donor_wiped_at = :now
				WHERE received_on < :cutoff AND (donor_name IS NOT NULL OR donor_contact IS NOT NULL)
				RETURNING id
				""").param("cutoff", cutoff).param("now", Rows.timestamp(now)).query(Long.class).list();
	}

	/**
	 * Things in and out per month between the days (both included), months without any
	 * left out.
	 */
	public Map<YearMonth, DonationCounts> counts(long siteId, LocalDate from, LocalDate to) {
		Map<YearMonth, DonationCounts> counts = new LinkedHashMap<>();
		jdbc.sql("""
				WITH things AS (
				  SELECT d.received_on AS day, l.count AS received, 0 AS catalogue, 0 AS repair, 0 AS discarded,
				         0 AS retired
				  FROM lending_donation d JOIN lending_donation_line l ON l.donation_id = d.id
				  WHERE d.site_id = :site AND d.received_on BETWEEN :from AND :to
				  UNION ALL
				  SELECT s.triaged_on, 0,
				         CASE WHEN s.outcome = 'CATALOGUE' THEN s.count ELSE 0 END,
				         CASE WHEN s.outcome = 'REPAIR' THEN s.count ELSE 0 END,
				         CASE WHEN s.outcome = 'DISCARD' THEN s.count ELSE 0 END, 0
				  FROM lending_donation_triage s
				  JOIN lending_donation_line l ON l.id = s.line_id
				  JOIN lending_donation d ON d.id = l.donation_id
				  WHERE d.site_id = :site AND s.triaged_on BETWEEN :from AND :to
				  UNION ALL
				  SELECT e.happened_on, 0, 0, 0, 0, 1
				  FROM lending_item_event e
				  WHERE e.site_id = :site AND e.kind = 'RETIRED' AND e.happened_on BETWEEN :from AND :to
				)
				SELECT CAST(date_trunc('month', day) AS DATE) AS month, sum(received) AS received,
				       sum(catalogue) AS catalogue, sum(repair) AS repair, sum(discarded) AS discarded,
				       sum(retired) AS retired
				FROM things GROUP BY 1 ORDER BY 1
				""").param("site", siteId).param("from", from).param("to", to).query(rs -> {
			YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
			counts.put(month, new DonationCounts(month, rs.getInt("received"), rs.getInt("catalogue"),
					rs.getInt("repair"), rs.getInt("discarded"), rs.getInt("retired")));
		});
		return counts;
	}

	private static DonationLine line(ResultSet rs, List<DonationLine.Sorted> sorted) throws SQLException {
		return new DonationLine(rs.getLong("id"), rs.getInt("position"), (Long) rs.getObject("item_type_id"),
				rs.getString("type_name"), rs.getString("category"), rs.getString("description"), rs.getString("size"),
				rs.getInt("count"), Condition.valueOf(rs.getString("condition")), rs.getString("note"), sorted,
				Rows.strings(rs, "items"));
	}

}
