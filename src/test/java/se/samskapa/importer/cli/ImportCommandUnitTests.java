package se.samskapa.importer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samskapa.importer.reading.SourceFile;
import se.samskapa.importer.reading.SourceReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's arguments and files, checked before Spring starts: every mistake exits 2
 * with a Swedish message, and the context is never asked for.
 */
class ImportCommandUnitTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final List<List<String>> startedWith = new ArrayList<>();

	@Test
	void mistakesInTheCommandExitWithTwoAndAMessageWithoutStartingSpring() throws IOException {
		Path minutes = Files.writeString(this.folder.resolve("protokoll.txt"), "Protokoll");

		assertThat(execute()).isEqualTo(2);
		assertThat(errText()).startsWith("Ange minst en fil eller mapp att importera.")
			.contains("Användning: java -jar samskapa.jar import [--dry-run] [--json]",
					"Slutkod: 0 allt är importerat (nu eller tidigare)");

		assertThat(execute("--force", minutes.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Okänt val: --force").contains("Användning:");

		assertThat(execute("--json=yes", minutes.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Okänt val: --json=yes");

		assertThat(execute("--keep-actions-open=no", minutes.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Okänt val: --keep-actions-open=no");

		assertThat(execute("--year", "16", minutes.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Året måste vara ett årtal mellan 1900 och 2100, inte \"16\".");

		assertThat(execute("--year=tjugo", minutes.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Året måste vara ett årtal mellan 1900 och 2100, inte \"tjugo\".");

		assertThat(execute(minutes.toString(), "--year")).isEqualTo(2);
		assertThat(errText()).startsWith("Valet --year behöver ett värde.");

		assertThat(execute("--group", "--dry-run", minutes.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Valet --group behöver ett värde.");

		Path missing = this.folder.resolve("saknas.txt");
		assertThat(execute(minutes.toString(), missing.toString())).isEqualTo(2);
		assertThat(errText()).isEqualTo("Filen eller mappen finns inte: " + missing + System.lineSeparator());

		Path empty = Files.createDirectory(this.folder.resolve("tom"));
		assertThat(execute(empty.toString())).isEqualTo(2);
		assertThat(errText()).startsWith("Det finns inga filer att importera i " + empty);

		assertThat(this.out.size()).isZero();
		assertThat(this.startedWith).isEmpty();
	}

	@Test
	void oldActionsAreClosedUnlessTheyAreToBeKeptOpen() {
		assertThat(ImportArguments.parse("a.txt").keepActionsOpen()).isFalse();
		assertThat(ImportArguments.parse("--keep-actions-open", "a.txt").keepActionsOpen()).isTrue();
	}

	@Test
	void helpPrintsTheUsageOnStdoutAndExitsWithZero() {
		assertThat(execute("--help")).isZero();

		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Användning:").contains("--group NAMN");
		assertThat(this.startedWith).isEmpty();
	}

	@Test
	void optionsTakeTheirValuesEitherWayAndSettingsGoToSpring() {
		ImportArguments arguments = ImportArguments.parse("--dry-run", "--year=2016", "--group", " Ledningsgrupp ",
				"--samskapa.embedded-db.data-directory=/tmp/db", "a.txt", "--", "--b.txt");

		assertThat(arguments.dryRun()).isTrue();
		assertThat(arguments.json()).isFalse();
		assertThat(arguments.year()).isEqualTo(2016);
		assertThat(arguments.group()).isEqualTo("Ledningsgrupp");
		assertThat(arguments.paths()).containsExactly(Path.of("a.txt"), Path.of("--b.txt"));
		assertThat(arguments.springArguments()).containsExactly("--samskapa.embedded-db.data-directory=/tmp/db");
	}

	@Test
	void aFolderGivesItsMinutesFilesInOrderAndNamesWhatItSkips() throws IOException {
		Path minutes = Files.createDirectory(this.folder.resolve("protokoll"));
		Files.writeString(minutes.resolve("b.md"), "b");
		Files.createDirectories(minutes.resolve("a/2016"));
		Files.writeString(minutes.resolve("a/2016/mars.TXT"), "mars");
		Files.writeString(minutes.resolve("a/april.docx"), "april");
		Files.writeString(minutes.resolve(".dold.txt"), "dold");
		Files.createDirectories(minutes.resolve(".git"));
		Files.writeString(minutes.resolve(".git/HEAD.txt"), "git");
		Files.writeString(minutes.resolve("~$b.docx"), "låsfil");
		Files.writeString(minutes.resolve("bild.png"), "bild");
		Files.writeString(minutes.resolve("a/facit.json"), "{}");
		Path named = Files.writeString(this.folder.resolve("skanning.png"), "skanning");

		SourceFiles.Found found = SourceFiles.read(List.of(minutes, named));

		// A file named on the command line goes to the importer, which says why it cannot
		// read it.
		assertThat(found.files()).extracting(SourceFile::name)
			.containsExactly("a/2016/mars.TXT", "a/april.docx", "b.md", "skanning.png");
		assertThat(found.files().get(0).content()).isEqualTo("mars".getBytes(StandardCharsets.UTF_8));
		assertThat(found.files().get(0).lastModified()).isNotNull();
		assertThat(found.skipped()).containsExactly("a/facit.json", "bild.png");
	}

	@Test
	void aFileBeyondTheImportersLimitIsReadOnlyFarEnoughToBeRefused() throws IOException {
		Path large = this.folder.resolve("stor.txt");
		Files.write(large, new byte[SourceReader.MAX_FILE_BYTES + 1000]);

		SourceFile file = SourceFiles.read(List.of(large)).files().get(0);

		assertThat(file.content()).hasSize(SourceReader.MAX_FILE_BYTES + 1);
	}

	private int execute(String... args) {
		this.out.reset();
		this.err.reset();
		ImportCommand command = new ImportCommand(print(this.out), print(this.err), springArguments -> {
			this.startedWith.add(springArguments);
			throw new IllegalStateException("Spring must not start for this command");
		});
		return command.execute(args);
	}

	private String errText() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
