package se.samskapa.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of files being imported.
 *
 * @param id the batch's id
 * @param createdAt when it was started
 * @param createdBy who started it
 * @param options what holds for all its files
 * @param total how many documents it holds (a zip's contents counted one by one)
 * @param done how many of them have been read
 * @param files its files in order, without their texts
 */
public record ImportBatchView(long id, Instant createdAt, String createdBy, ImportOptions options, int total, int done,
		List<FileSummary> files) {

	public ImportBatchView {
		files = List.copyOf(files);
	}

	/** Whether every file has been read. */
	public boolean read() {
		return done >= total && files.stream().noneMatch(f -> f.status() == ImportFileStatus.WAITING);
	}

	/** Percent read, for the progress bar. */
	public int percent() {
		return total == 0 ? 100 : Math.min(100, done * 100 / total);
	}

	public Map<ImportFileStatus, Long> counts() {
		Map<ImportFileStatus, Long> counts = new EnumMap<>(ImportFileStatus.class);
		files.forEach(f -> counts.merge(f.status(), 1L, Long::sum));
		return counts;
	}

	public long count(ImportFileStatus status) {
		return files.stream().filter(f -> f.status() == status).count();
	}

	/**
	 * A file in the batch's list.
	 *
	 * @param id the file's id
	 * @param position its place, from 1
	 * @param name its name
	 * @param status where it stands
	 * @param title the meeting it was read as ("Ledningsgrupp för utveckling 20 februari
	 * 2026"), or {@code null}
	 * @param groupId the group of its draft (as read or corrected), or {@code null}
	 * @param date the date of its draft, or {@code null} while unknown
	 * @param problem why it could not be read, or {@code null}
	 * @param problemArguments that message's arguments
	 * @param meetingId the meeting it became or duplicates, or {@code null}
	 */
	public record FileSummary(long id, int position, String name, ImportFileStatus status, String title, Long groupId,
			LocalDate date, String problem, List<Object> problemArguments, Long meetingId) {

		public FileSummary {
			problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
		}

		public Object[] problemArgumentArray() {
			return problemArguments.toArray();
		}

	}

}
