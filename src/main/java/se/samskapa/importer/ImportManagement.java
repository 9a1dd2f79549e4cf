package se.samskapa.importer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

import se.samskapa.importer.internal.ImportWork;
import se.samskapa.importer.reading.SourceFile;
import se.samskapa.shared.NotFoundException;

/**
 * Importing existing minutes: files are read into a batch in the background, each becomes
 * a draft the coordinator reviews and corrects, and saving turns the drafts into
 * meetings. The same text is never imported twice; a bad file never stops the rest of its
 * batch.
 */
@Service
public class ImportManagement {

	/** Batches hold the original texts, names and all; they are kept this long. */
	public static final Duration KEPT = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(ImportManagement.class);

	private final ImportWork work;

	private final ThreadPoolTaskExecutor executor;

	private final Clock clock;

	ImportManagement(ImportWork work, ThreadPoolTaskExecutor importExecutor, Clock clock) {
		this.work = work;
		this.executor = importExecutor;
		this.clock = clock;
	}

	/**
	 * Starts a batch and reads its files in the background.
	 * @return the batch's id, to follow its progress with {@link #batch(long)}
	 */
	public long start(String actor, List<SourceFile> files, ImportOptions options) {
		ImportWork.Started started = work.create(actor, files, options);
		executor.execute(() -> work.readAll(started, ImportProgress.NONE));
		return started.batchId();
	}

	/** Reads a batch here and now (the command line), reporting each file read. */
	public long read(String actor, List<SourceFile> files, ImportOptions options, ImportProgress progress) {
		ImportWork.Started started = work.create(actor, files, options);
		work.readAll(started, progress);
		return started.batchId();
	}

	/** What the files would give, without storing anything (a dry run). */
	public List<ImportPreview> preview(List<SourceFile> files, ImportOptions options, ImportProgress progress) {
		return work.preview(files, options, progress);
	}

	public Optional<ImportBatchView> batch(long batchId) {
		return work.batch(batchId);
	}

	/** The latest batches, newest first. */
	public List<ImportBatchView> recent(int limit) {
		return work.recent(limit);
	}

	public Optional<ImportFileView> file(long batchId, long fileId) {
		return work.file(batchId, fileId);
	}

	/**
	 * Replaces a file's draft with the coordinator's corrections; names are looked up
	 * again.
	 */
	public ImportFileView correct(long batchId, long fileId, ImportDraft draft) {
		return work.correct(batchId, fileId, draft);
	}

	/** Leaves a file out of the batch. */
	public void skip(long batchId, long fileId) {
		work.skip(batchId, fileId);
	}

	/** Takes a skipped file, or one that did not look like minutes, back into review. */
	public ImportFileView reconsider(long batchId, long fileId) {
		return work.reconsider(batchId, fileId);
	}

	/** Saves one file that is ready. */
	public ImportFileView save(long batchId, long fileId, String actor) {
		work.save(batchId, fileId, actor);
		return file(batchId, fileId).orElseThrow(() -> NotFoundException.of("import file", fileId));
	}

	/** Saves every file that is ready; the others wait. */
	public ImportSummary saveAll(long batchId, String actor) {
		return work.saveAll(batchId, actor);
	}

	@Scheduled(cron = "${samskapa.import.housekeeping-cron:0 40 3 * * *}")
	public int deleteOldBatches() {
		int deleted = work.deleteCreatedBefore(clock.instant().minus(KEPT));
		if (deleted > 0) {
			log.info("Deleted {} import batches older than {} days", deleted, KEPT.toDays());
		}
		return deleted;
	}

	@EventListener
	void markInterruptedFiles(ApplicationReadyEvent ready) {
		if (ready.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			// Only the web application reads batches in the background; the command-line
			// importer beside it must not take that application's waiting files for
			// interrupted ones.
			return;
		}
		int interrupted = work.markInterrupted();
		if (interrupted > 0) {
			log.warn("{} files were still waiting to be read when Samskapa stopped; marked as interrupted",
					interrupted);
		}
	}

}
