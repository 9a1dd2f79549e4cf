package se.samskapa.importer.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.importer.ImportBatchView;
import se.samskapa.importer.ImportBatchView.FileSummary;
import se.samskapa.importer.ImportFileStatus;
import se.samskapa.importer.ImportFileView;
import se.samskapa.importer.ImportManagement;
import se.samskapa.importer.ImportOptions;
import se.samskapa.importer.ImportPreview;
import se.samskapa.importer.ImportProgress;
import se.samskapa.importer.ImportSummary;
import se.samskapa.importer.ReviewNote;
import se.samskapa.importer.cli.ImportReport.Outcome;
import se.samskapa.importer.parsing.ExtractionJson;
import se.samskapa.importer.parsing.ParsedMinutes;
import se.samskapa.importer.reading.SourceFile;

/**
 * One import in a running context: the files read and saved (or only previewed), the JSON
 * written, the summary told.
 */
final class ImportRun {

	private final ImportManagement imports;

	private final GroupManagement groups;

	private final ImportArguments arguments;

	private final PrintStream out;

	private final ImportReport report;

	ImportRun(ApplicationContext context, ImportArguments arguments, PrintStream out, PrintStream err) {
		this.imports = context.getBean(ImportManagement.class);
		this.groups = context.getBean(GroupManagement.class);
		this.arguments = arguments;
		this.out = out;
		this.report = new ImportReport(err, new CliMessages(context));
	}

	/**
	 * @return the exit code
	 */
	int run(List<SourceFile> files) {
		ImportOptions options = new ImportOptions(this.arguments.year(), groupId(), true,
				!this.arguments.keepActionsOpen());
		if (this.arguments.dryRun()) {
			List<ImportPreview> previews = this.imports.preview(files, options, this.report.progress());
			json(previews);
			List<Outcome> outcomes = previews.stream()
				.map(p -> new Outcome(p.name(), p.status(), p.problem(), p.problemArguments(), p.notes()))
				.toList();
			this.report.previewed(outcomes);
			// A dry run asks whether the files can be read as minutes; what needs review
			// is decided in the web interface after a real import.
			return outcomes.stream()
				.allMatch(o -> o.status() == ImportFileStatus.READY || o.status() == ImportFileStatus.NEEDS_REVIEW) ? 0
						: 1;
		}
		if (this.arguments.json()) {
			// A batch keeps drafts, not what the parser read; reading the files once more
			// without storing them costs milliseconds a file and leaves the importer's
			// API
			// as it is.
			json(this.imports.preview(files, options, ImportProgress.NONE));
		}
		String actor = actor();
		long batchId = this.imports.read(actor, files, options, this.report.progress());
		ImportSummary summary = this.imports.saveAll(batchId, actor);
		ImportBatchView batch = this.imports.batch(batchId).orElseThrow();
		List<Outcome> outcomes = batch.files().stream().map(file -> outcome(batchId, file)).toList();
		this.report.imported(batchId, summary, outcomes);
		// Running the same import again is how a script makes sure the archive is in:
		// files
		// already imported count as done.
		return batch.files()
			.stream()
			.allMatch(f -> f.status() == ImportFileStatus.SAVED || f.status() == ImportFileStatus.DUPLICATE) ? 0 : 1;
	}

	private Outcome outcome(long batchId, FileSummary file) {
		if (!file.status().open()) {
			return new Outcome(file.name(), file.status(), file.problem(), file.problemArguments(), List.of());
		}
		// Still open after saving: ready files that could not be saved after all (a
		// meeting that day appeared) wait for review like the rest.
		List<ReviewNote> notes = this.imports.file(batchId, file.id()).map(ImportFileView::notes).orElse(List.of());
		return new Outcome(file.name(), ImportFileStatus.NEEDS_REVIEW, file.problem(), file.problemArguments(), notes);
	}

	/**
	 * The audit trail records who did what; the command knows no Samskapa account, so it
	 * names the operating-system user, marked so that no one takes it for an account.
	 */
	private static String actor() {
		String user = System.getProperty("user.name");
		return (user == null || user.isBlank()) ? "import-cli" : "import-cli:" + user;
	}

	private Long groupId() {
		if (this.arguments.group() == null) {
			return null;
		}
		List<GroupView> all = this.groups.groups();
		return all.stream()
			.filter(group -> group.name().equalsIgnoreCase(this.arguments.group()))
			.findFirst()
			.map(GroupView::id)
			.orElseThrow(
					() -> all.isEmpty() ? UsageException.value("importer.cli.error.no.groups", this.arguments.group())
							: UsageException.value("importer.cli.error.group", this.arguments.group(),
									all.stream().map(GroupView::name).sorted().collect(Collectors.joining(", "))));
	}

	/**
	 * Writes what the parser read: an object for a single document ({@code null} if it
	 * could not be read), else an array of the documents that could be read. Unreadable
	 * ones are named on stderr in the summary. UTF-8 whatever the console's encoding, as
	 * JSON is.
	 */
	private void json(List<ImportPreview> previews) {
		if (!this.arguments.json()) {
			return;
		}
		List<ParsedMinutes> parsed = previews.stream().map(ImportPreview::parsed).filter(Objects::nonNull).toList();
		String json;
		if (previews.size() == 1) {
			json = parsed.isEmpty() ? "null" : ExtractionJson.render(parsed.get(0));
		}
		else {
			json = ExtractionJson.render(parsed);
		}
		this.out.writeBytes((json + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
		this.out.flush();
	}

}
