package se.samskapa.importer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import se.samskapa.importer.ImportFileStatus;
import se.samskapa.importer.ImportProgress;
import se.samskapa.importer.ImportSummary;
import se.samskapa.importer.ReviewNote;

/**
 * What the command tells the person at the terminal, on stderr: a line per file as it is
 * read, then what came of the whole, each problem file named with its reason.
 */
final class ImportReport {

	/** The statuses that keep a file out, in the order the summary lists them. */
	private static final List<ImportFileStatus> PROBLEMS = List.of(ImportFileStatus.UNREADABLE,
			ImportFileStatus.NOT_MINUTES, ImportFileStatus.DUPLICATE, ImportFileStatus.NEEDS_REVIEW);

	private final PrintStream err;

	private final CliMessages messages;

	ImportReport(PrintStream err, CliMessages messages) {
		this.err = err;
		this.messages = messages;
	}

	/** Prints {@code [3/12] 003.txt: klar att spara} for each file read. */
	ImportProgress progress() {
		return (done, total, name, status) -> this.err
			.println("[" + done + "/" + total + "] " + name + ": " + this.messages.get(statusKey(status)));
	}

	void imported(long batchId, ImportSummary summary, List<Outcome> outcomes) {
		this.err.println();
		this.err.println(this.messages.get("importer.cli.summary.saved", String.valueOf(summary.saved()),
				String.valueOf(summary.newPeople())));
		if (problems(outcomes)) {
			this.err.println(this.messages.get("importer.cli.summary.review.waiting", String.valueOf(batchId)));
		}
	}

	void previewed(List<Outcome> outcomes) {
		long ready = outcomes.stream().filter(o -> o.status() == ImportFileStatus.READY).count();
		this.err.println();
		this.err.println(this.messages.get("importer.cli.summary.dry.run", String.valueOf(ready),
				String.valueOf(outcomes.size())));
		if (problems(outcomes)) {
			this.err.println(this.messages.get("importer.cli.summary.review.dry.run"));
		}
	}

	/**
	 * Lists the problem files under a heading per kind.
	 * @return whether some wait for review
	 */
	private boolean problems(List<Outcome> outcomes) {
		for (ImportFileStatus status : PROBLEMS) {
			List<Outcome> these = outcomes.stream().filter(o -> o.status() == status).toList();
			if (these.isEmpty()) {
				continue;
			}
			this.err.println(this.messages.get("importer.cli.summary." + status.name(), String.valueOf(these.size())));
			for (Outcome outcome : these) {
				String reason = reason(outcome);
				this.err.println("  " + outcome.name() + (reason.isEmpty() ? "" : ": " + reason));
			}
		}
		return outcomes.stream().anyMatch(o -> o.status() == ImportFileStatus.NEEDS_REVIEW);
	}

	private String reason(Outcome outcome) {
		if (outcome.problem() != null) {
			return this.messages.get(outcome.problem(), outcome.problemArguments().toArray());
		}
		return outcome.notes()
			.stream()
			.filter(ReviewNote::blocking)
			.map(note -> this.messages.get(note.key(), note.argumentArray()))
			.collect(Collectors.joining(" "));
	}

	private static String statusKey(ImportFileStatus status) {
		return "importer.cli.status." + status.name();
	}

	/**
	 * One file as the summary sees it, from a batch or from a dry run.
	 *
	 * @param name the file's name
	 * @param status where it stands; a file left ready but unsaved counts as needing
	 * review
	 * @param problem why it was not read, as a message key, or {@code null}
	 * @param problemArguments that message's arguments
	 * @param notes what must be decided before it can be saved
	 */
	record Outcome(String name, ImportFileStatus status, String problem, List<Object> problemArguments,
			List<ReviewNote> notes) {

	}

}
