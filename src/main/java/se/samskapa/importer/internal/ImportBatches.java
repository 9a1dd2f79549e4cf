package se.samskapa.importer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samskapa.importer.ImportBatchView;
import se.samskapa.importer.ImportBatchView.FileSummary;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportFileStatus;
import se.samskapa.importer.ImportOptions;

/** The batches and their files, with each draft kept as JSON. */
@Repository
class ImportBatches {

	private static final TypeReference<List<Object>> ARGUMENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
	}

	long create(String actor, ImportOptions options, int total, Instant now) {
		return jdbc
			.sql("""
					INSERT INTO importer_batch (created_at, created_by, default_year, group_id, publish, close_old_actions, total)
					VALUES (:now, :actor, :year, :group, :publish, :closeOldActions, :total) RETURNING id""")
			.param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.param("actor", actor)
			.param("year", options.year())
			.param("group", options.groupId())
			.param("publish", options.publish())
			.param("closeOldActions", options.closeOldActions())
			.param("total", total)
			.query(Long.class)
			.single();
	}

	/** The files of a new batch, all waiting to be read. */
	void addWaiting(long batchId, List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			jdbc.sql("INSERT INTO importer_file (batch_id, position, name, status) VALUES (?, ?, ?, 'WAITING')")
				.params(batchId, i + 1, names.get(i))
				.update();
		}
	}

	/** One file read: what came of it. Counts it as done. */
	void read(long batchId, int position, StoredFile file) {
		jdbc.sql("""
				UPDATE importer_file SET status = :status, format = :format, hash = :hash, title = :title,
				  original = :original, problem = :problem, problem_arguments = CAST(:arguments AS jsonb),
				  draft = CAST(:draft AS jsonb), meeting_id = :meeting
				WHERE batch_id = :batch AND position = :position""")
			.param("status", file.status().name())
			.param("format", file.format())
			.param("hash", file.hash())
			.param("title", file.title())
			.param("original", file.original())
			.param("problem", file.problem())
			.param("arguments", json.writeValueAsString(file.problemArguments()))
			.param("draft", file.draft() == null ? null : json.writeValueAsString(file.draft()))
			.param("meeting", file.meetingId())
			.param("batch", batchId)
			.param("position", position)
			.update();
		jdbc.sql("UPDATE importer_batch SET done = done + 1 WHERE id = ?").param(batchId).update();
	}

	void updateDraft(long fileId, ImportDraft draft, ImportFileStatus status) {
		jdbc.sql("UPDATE importer_file SET draft = CAST(:draft AS jsonb), status = :status WHERE id = :id")
			.param("draft", json.writeValueAsString(draft))
			.param("status", status.name())
			.param("id", fileId)
			.update();
	}

	void setStatus(long fileId, ImportFileStatus status, Long meetingId, String problem, List<Object> arguments) {
		jdbc.sql("""
				UPDATE importer_file SET status = :status, meeting_id = :meeting, problem = :problem,
				  problem_arguments = CAST(:arguments AS jsonb)
				WHERE id = :id""")
			.param("status", status.name())
			.param("meeting", meetingId)
			.param("problem", problem)
			.param("arguments", json.writeValueAsString(arguments))
			.param("id", fileId)
			.update();
	}

	Optional<BatchRow> batch(long id) {
		return jdbc.sql("SELECT * FROM importer_batch WHERE id = ?").param(id).query(this::mapBatch).optional();
	}

	List<FileSummary> files(long batchId) {
		return jdbc.sql("""
				SELECT id, position, name, status, title, problem, problem_arguments, meeting_id,
				       (draft ->> 'groupId')::bigint AS group_id, (draft ->> 'date')::date AS meeting_date
				FROM importer_file WHERE batch_id = ? ORDER BY position""")
			.param(batchId)
			.query((rs, n) -> new FileSummary(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
					ImportFileStatus.valueOf(rs.getString("status")), rs.getString("title"),
					(Long) rs.getObject("group_id"), rs.getObject("meeting_date", LocalDate.class),
					rs.getString("problem"), arguments(rs.getString("problem_arguments")),
					(Long) rs.getObject("meeting_id")))
			.list();
	}

	/** The file, locked against a second save while the transaction lasts. */
	Optional<StoredFile> fileForUpdate(long fileId) {
		return jdbc.sql("SELECT * FROM importer_file WHERE id = ? FOR UPDATE")
			.param(fileId)
			.query(this::mapFile)
			.optional();
	}

	Optional<StoredFile> file(long fileId) {
		return jdbc.sql("SELECT * FROM importer_file WHERE id = ?").param(fileId).query(this::mapFile).optional();
	}

	/** The meeting a text with this hash became, if it was imported before. */
	Optional<Long> importedAs(String hash) {
		return jdbc.sql("SELECT meeting_id FROM importer_source WHERE hash = ?")
			.param(hash)
			.query(Long.class)
			.optional();
	}

	/** Remembers the text as imported; false if another save got there first. */
	boolean remember(String hash, long meetingId, String fileName, Instant now) {
		return jdbc.sql("""
				INSERT INTO importer_source (hash, meeting_id, file_name, imported_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (hash) DO NOTHING""")
			.params(hash, meetingId, fileName, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.update() == 1;
	}

	int deleteCreatedBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM importer_batch WHERE created_at < ?")
			.param(OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC))
			.update();
	}

	private BatchRow mapBatch(ResultSet rs, int row) throws SQLException {
		ImportOptions options = new ImportOptions((Integer) rs.getObject("default_year"),
				(Long) rs.getObject("group_id"), rs.getBoolean("publish"), rs.getBoolean("close_old_actions"));
		return new BatchRow(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("created_by"), options, rs.getInt("total"), rs.getInt("done"));
	}

	private StoredFile mapFile(ResultSet rs, int row) throws SQLException {
		String draft = rs.getString("draft");
		return new StoredFile(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("position"), rs.getString("name"),
				ImportFileStatus.valueOf(rs.getString("status")), rs.getString("format"), rs.getString("hash"),
				rs.getString("title"), rs.getString("original"), rs.getString("problem"),
				arguments(rs.getString("problem_arguments")),
				draft == null ? null : json.readValue(draft, ImportDraft.class), (Long) rs.getObject("meeting_id"));
	}

	private List<Object> arguments(String value) {
		return value == null ? List.of() : json.readValue(value, ARGUMENTS);
	}

	/** A batch as stored. */
	record BatchRow(long id, Instant createdAt, String createdBy, ImportOptions options, int total, int done) {

		ImportBatchView view(List<FileSummary> files) {
			return new ImportBatchView(id, createdAt, createdBy, options, total, done, files);
		}

	}

	/** A file as stored. */
	record StoredFile(long id, long batchId, int position, String name, ImportFileStatus status, String format,
			String hash, String title, String original, String problem, List<Object> problemArguments,
			ImportDraft draft, Long meetingId) {

		StoredFile {
			problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
		}

		static StoredFile read(ImportFileStatus status, String format, String hash, String title, String original,
				String problem, List<Object> arguments, ImportDraft draft, Long meetingId) {
			return new StoredFile(0, 0, 0, null, status, format, hash, title, original, problem, arguments, draft,
					meetingId);
		}

	}

}
