package se.samskapa.importer.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.groups.GroupManagement;
import se.samskapa.importer.ImportBatchView;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportFileStatus;
import se.samskapa.importer.ImportFileView;
import se.samskapa.importer.ImportOptions;
import se.samskapa.importer.ImportPreview;
import se.samskapa.importer.ImportProgress;
import se.samskapa.importer.ImportSummary;
import se.samskapa.importer.ReviewNote;
import se.samskapa.importer.internal.ImportBatches.StoredFile;
import se.samskapa.importer.parsing.ParseContext;
import se.samskapa.importer.reading.SourceFile;
import se.samskapa.importer.reading.SourceReader;
import se.samskapa.importer.reading.SourceText;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The importer's work behind {@link se.samskapa.importer.ImportManagement}: reading files
 * into a batch, keeping drafts, saving them as meetings. Each file is read and saved in a
 * transaction of its own, so one bad file never undoes the others.
 */
@Component
public class ImportWork {

	private static final Logger log = LoggerFactory.getLogger(ImportWork.class);

	private final ImportBatches batches;

	private final DirectoryPeopleIndex directory;

	private final GroupManagement groups;

	private final DraftReview review;

	private final DraftSaver saver;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportWork(ImportBatches batches, DirectoryPeopleIndex directory, GroupManagement groups, DraftReview review,
			DraftSaver saver, AuditTrail audit, TransactionTemplate transaction, JdbcClient jdbc, Clock clock) {
		this.batches = batches;
		this.directory = directory;
		this.groups = groups;
		this.review = review;
		this.saver = saver;
		this.audit = audit;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A batch with its documents listed and waiting, so that progress shows from the
	 * start.
	 */
	public Started create(String actor, List<SourceFile> files, ImportOptions options) {
		if (options.groupId() != null && groups.group(options.groupId()).isEmpty()) {
			throw new RuleViolation("importer.group.unknown");
		}
		List<SourceReader.Entry> entries = SourceReader.entries(files);
		long batchId = transaction.execute(status -> {
			long id = batches.create(actor, options, entries.size(), clock.instant());
			batches.addWaiting(id, entries.stream().map(SourceReader.Entry::name).toList());
			audit.record(actor, "import", id, "started", entries.size() + " files");
			return id;
		});
		return new Started(batchId, options, entries);
	}

	/** Reads every document of a batch in order, each in its own transaction. */
	public void readAll(Started started, ImportProgress progress) {
		FileImporter importer = importer(started.options());
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (SourceReader.Entry entry : started.entries()) {
			position++;
			StoredFile stored;
			try {
				stored = examine(importer, entry.read(), seen, position);
			}
			catch (RuntimeException ex) {
				// A parser bug must cost one file, not the batch.
				log.error("Could not read {} of import batch {}", entry.name(), started.batchId(), ex);
				stored = StoredFile.read(ImportFileStatus.UNREADABLE, null, null, null, null, "importer.file.failed",
						List.of(), null, null);
			}
			StoredFile result = stored;
			int at = position;
			transaction.executeWithoutResult(status -> batches.read(started.batchId(), at, result));
			progress.read(position, started.entries().size(), entry.name(), result.status());
		}
	}

	public List<ImportPreview> preview(List<SourceFile> files, ImportOptions options, ImportProgress progress) {
		FileImporter importer = importer(options);
		List<SourceReader.Entry> entries = SourceReader.entries(files);
		Map<String, Integer> seen = new HashMap<>();
		List<ImportPreview> previews = new java.util.ArrayList<>();
		int position = 0;
		for (SourceReader.Entry entry : entries) {
			position++;
			SourceText text = entry.read();
			FileImporter.Examined examined = importer.examine(text);
			StoredFile stored = classify(examined, text, seen, position);
			List<ReviewNote> notes = stored.draft() == null ? List.of() : review.notes(stored.draft());
			previews.add(new ImportPreview(entry.name(), stored.status(), stored.problem(), stored.problemArguments(),
					examined.parsed(), stored.draft(), notes));
			progress.read(position, entries.size(), entry.name(), stored.status());
		}
		return previews;
	}

	private FileImporter importer(ImportOptions options) {
		return new FileImporter(ParseContext.empty().withPeople(directory.snapshot()), groups.groups(), options);
	}

	private StoredFile examine(FileImporter importer, SourceText text, Map<String, Integer> seen, int position) {
		return classify(importer.examine(text), text, seen, position);
	}

	/**
	 * Where a text stands: unreadable or not minutes as examined; a duplicate if imported
	 * before or earlier in the batch; else ready or in need of review.
	 */
	private StoredFile classify(FileImporter.Examined examined, SourceText text, Map<String, Integer> seen,
			int position) {
		if (examined.status() == ImportFileStatus.UNREADABLE) {
			return StoredFile.read(ImportFileStatus.UNREADABLE, null, null, null, null, examined.problem(),
					examined.problemArguments(), null, null);
		}
		Optional<Long> imported = batches.importedAs(text.hash());
		if (imported.isPresent()) {
			return StoredFile.read(ImportFileStatus.DUPLICATE, text.format(), text.hash(), examined.title(),
					text.text(), "importer.file.imported.before", List.of(), examined.draft(), imported.get());
		}
		Integer earlier = seen.putIfAbsent(text.hash(), position);
		if (earlier != null) {
			return StoredFile.read(ImportFileStatus.DUPLICATE, text.format(), text.hash(), examined.title(),
					text.text(), "importer.file.same.as", List.of(earlier), examined.draft(), null);
		}
		if (examined.status() == ImportFileStatus.NOT_MINUTES) {
			return StoredFile.read(ImportFileStatus.NOT_MINUTES, text.format(), text.hash(), examined.title(),
					text.text(), examined.problem(), examined.problemArguments(), examined.draft(), null);
		}
		ImportFileStatus status = FileImporter.statusOf(review.notes(examined.draft()));
		return StoredFile.read(status, text.format(), text.hash(), examined.title(), text.text(), null, List.of(),
				examined.draft(), null);
	}

	public Optional<ImportBatchView> batch(long batchId) {
		return batches.batch(batchId).map(row -> row.view(batches.files(batchId)));
	}

	public List<ImportBatchView> recent(int limit) {
		return jdbc.sql("SELECT id FROM importer_batch ORDER BY created_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(id -> batch(id).stream())
			.toList();
	}

	public Optional<ImportFileView> file(long batchId, long fileId) {
		return batches.file(fileId).filter(f -> f.batchId() == batchId).map(this::view);
	}

	private ImportFileView view(StoredFile file) {
		List<ReviewNote> notes = file.status().open() && file.draft() != null ? review.notes(file.draft()) : List.of();
		return new ImportFileView(file.id(), file.batchId(), file.position(), file.name(), file.format(), file.status(),
				file.problem(), file.problemArguments(), file.original(), file.draft(), file.meetingId(), notes);
	}

	public ImportFileView correct(long batchId, long fileId, ImportDraft draft) {
		ImportDraft corrected = new DraftCorrections(directory.snapshot()).apply(draft);
		transaction.executeWithoutResult(status -> {
			StoredFile file = openFile(batchId, fileId);
			batches.updateDraft(file.id(), corrected, FileImporter.statusOf(review.notes(corrected)));
		});
		return file(batchId, fileId).orElseThrow();
	}

	public void skip(long batchId, long fileId) {
		transaction.executeWithoutResult(status -> {
			StoredFile file = lockedFile(batchId, fileId);
			if (file.status() == ImportFileStatus.SAVED) {
				throw new RuleViolation("importer.file.saved.already");
			}
			batches.setStatus(file.id(), ImportFileStatus.SKIPPED, file.meetingId(), file.problem(),
					file.problemArguments());
		});
	}

	public ImportFileView reconsider(long batchId, long fileId) {
		transaction.executeWithoutResult(status -> {
			StoredFile file = lockedFile(batchId, fileId);
			if (file.draft() == null || (file.status() != ImportFileStatus.SKIPPED
					&& file.status() != ImportFileStatus.NOT_MINUTES && file.status() != ImportFileStatus.DUPLICATE)) {
				throw new RuleViolation("importer.file.not.reconsidered");
			}
			batches.setStatus(file.id(), FileImporter.statusOf(review.notes(file.draft())), null, null, List.of());
		});
		return file(batchId, fileId).orElseThrow();
	}

	/** Saves one file; the caller learns why not by a {@link RuleViolation}. */
	public int save(long batchId, long fileId, String actor) {
		Integer created = transaction.execute(status -> {
			StoredFile file = openFile(batchId, fileId);
			Optional<Long> before = batches.importedAs(file.hash());
			if (before.isPresent()) {
				status.setRollbackOnly();
				return null;
			}
			List<ReviewNote> notes = review.notes(file.draft());
			if (notes.stream().anyMatch(ReviewNote::blocking)) {
				throw new RuleViolation("importer.file.needs.review");
			}
			ImportOptions options = batches.batch(batchId).orElseThrow().options();
			DraftSaver.Saved saved = saver.save(file.draft(), file.original(), options, actor);
			if (!batches.remember(file.hash(), saved.meetingId(), file.name(), clock.instant())) {
				// Another batch saved the same text first.
				status.setRollbackOnly();
				return null;
			}
			batches.setStatus(file.id(), ImportFileStatus.SAVED, saved.meetingId(), null, List.of());
			audit.record(actor, "import", batchId, "saved", file.name() + " as meeting " + saved.meetingId());
			return saved.newPeople();
		});
		if (created == null) {
			transaction.executeWithoutResult(status -> {
				StoredFile file = batches.fileForUpdate(fileId).orElseThrow();
				batches.setStatus(fileId, ImportFileStatus.DUPLICATE, batches.importedAs(file.hash()).orElse(null),
						"importer.file.imported.before", List.of());
			});
			throw new RuleViolation("importer.file.imported.before");
		}
		return created;
	}

	public ImportSummary saveAll(long batchId, String actor) {
		ImportBatchView batch = batch(batchId).orElseThrow(() -> NotFoundException.of("import batch", batchId));
		int saved = 0;
		int newPeople = 0;
		for (ImportBatchView.FileSummary file : batch.files()) {
			if (file.status() != ImportFileStatus.READY) {
				continue;
			}
			try {
				newPeople += save(batchId, file.id(), actor);
				saved++;
			}
			catch (RuleViolation notReady) {
				// The file changed its mind (a meeting appeared that day, a duplicate):
				// it waits in the list with its reason.
			}
		}
		int waiting = (int) batch(batchId).orElseThrow().files().stream().filter(f -> f.status().open()).count();
		return new ImportSummary(saved, newPeople, waiting);
	}

	public int deleteCreatedBefore(Instant cutoff) {
		return transaction.execute(status -> batches.deleteCreatedBefore(cutoff));
	}

	public int markInterrupted() {
		return transaction.execute(status -> jdbc.sql("""
				UPDATE importer_file SET status = 'UNREADABLE', problem = 'importer.file.interrupted'
				WHERE status = 'WAITING'""").update());
	}

	private StoredFile openFile(long batchId, long fileId) {
		StoredFile file = lockedFile(batchId, fileId);
		if (!file.status().open()) {
			throw new RuleViolation(
					file.status() == ImportFileStatus.SAVED ? "importer.file.saved.already" : "importer.file.not.open");
		}
		return file;
	}

	private StoredFile lockedFile(long batchId, long fileId) {
		return batches.fileForUpdate(fileId)
			.filter(f -> f.batchId() == batchId)
			.orElseThrow(() -> NotFoundException.of("import file", fileId));
	}

	/**
	 * A batch just created.
	 *
	 * @param batchId its id
	 * @param options its options
	 * @param entries its documents, still to be read
	 */
	public record Started(long batchId, ImportOptions options, List<SourceReader.Entry> entries) {
	}

}
