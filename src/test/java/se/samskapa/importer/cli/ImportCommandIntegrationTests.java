package se.samskapa.importer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samskapa.SamskapaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command as it is run, each run with a Spring context and an embedded database of
 * its own (the {@code test} profile). A context costs seconds, so each run is asked
 * several questions.
 */
class ImportCommandIntegrationTests {

	private static final Path SEEDS = Path.of("src/test/resources/importer/seeds");

	private static final List<String> SEED_NAMES = List.of("000_6887b0ee83dd25c1", "001_1e85eba87900dc1f",
			"002_15405d667cb0fff8", "003_55fdfe62f9737899", "004_15c967ec190d0aa3");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void aDryRunWritesOnlyTheExtractionJsonToStdout() throws IOException {
		List<String> args = new ArrayList<>(
				List.of("--json", "--dry-run", "--year", "2016", "--spring.profiles.active=test",
						"--samskapa.demo.enabled=true", "--samskapa.demo.seed-meetings=false"));
		SEED_NAMES.forEach(name -> args.add(seed(name).toString()));

		Run run = run(args);

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("[").endsWith("]" + System.lineSeparator());
		JsonNode documents = JSON.readTree(run.out());
		assertThat(documents.isArray()).isTrue();
		assertThat(documents).hasSize(5);
		for (int i = 0; i < SEED_NAMES.size(); i++) {
			JsonNode actual = documents.get(i);
			JsonNode expected = JSON.readTree(SEEDS.resolve(SEED_NAMES.get(i) + ".expected.json").toFile());
			assertThat(actual.get("source").asString()).isEqualTo(SEED_NAMES.get(i) + ".txt");
			assertThat(actual.get("group").asString()).isEqualTo(expected.get("group").asString());
			// "--02-20" is written without a year; --year 2016 gives it one.
			String date = expected.get("date").asString();
			assertThat(actual.get("date").asString())
				.isEqualTo(date.startsWith("--") ? "2016" + date.substring(1) : date);
			assertThat(names(actual.get("present"))).containsExactlyElementsOf(names(expected.get("present")));
		}
		assertThat(run.err()).contains("[1/5] 000_6887b0ee83dd25c1.txt: klar att spara",
				"[5/5] 004_15c967ec190d0aa3.txt: klar att spara",
				"Provkörning, inget har sparats. Protokoll som kan sparas direkt: 5 av 5.");
	}

	@Test
	void importsIntoTheDatabaseNamesWhatItCouldNotImportAndNeverImportsTwice() throws IOException {
		List<String> database = List.of("--spring.profiles.active=test",
				"--samskapa.embedded-db.data-directory=" + this.temp.resolve("postgres"),
				"--samskapa.embedded-db.database-per-context=false", "--samskapa.demo.enabled=true",
				"--samskapa.demo.seed-meetings=false");
		String seed003 = seed("003_55fdfe62f9737899").toString();

		Run unknownGroup = run(database, "--group", "Styrgruppen", seed003);

		assertThat(unknownGroup.exitCode()).isEqualTo(2);
		assertThat(unknownGroup.err()).contains("Gruppen \"Styrgruppen\" finns inte. Grupperna som finns: ")
			.contains("Gemensam utvecklingsgrupp, ", "Ledningsgrupp för utveckling")
			.doesNotContain("[1/1]");

		Run imported = run(database, "--json", "--year", "2016", "--group", "gemensam UTVECKLINGSGRUPP", seed003);

		assertThat(imported.exitCode()).isZero();
		assertThat(JSON.readTree(imported.out()).get("group").asString()).isEqualTo("Gemensam utvecklingsgrupp");
		assertThat(imported.err()).contains("[1/1] 003_55fdfe62f9737899.txt: klar att spara",
				"Sparade protokoll: 1. Nya personer i katalogen: 0.");

		Run again = run(database, "--year", "2016", "--group", "Gemensam utvecklingsgrupp", seed003);

		assertThat(again.exitCode()).as("already imported counts as done").isZero();
		assertThat(again.err()).contains("[1/1] 003_55fdfe62f9737899.txt: redan importerad",
				"Sparade protokoll: 0. Nya personer i katalogen: 0.");

		Path folder = Files.createDirectory(this.temp.resolve("protokoll"));
		Files.copy(Path.of(seed003), folder.resolve("003.txt"));
		Files.copy(seed("000_6887b0ee83dd25c1"), folder.resolve("000.txt"));
		// Another text of the meeting just saved: the coordinator decides.
		Files.writeString(folder.resolve("003-andra.txt"), Files.readString(Path.of(seed003)) + System.lineSeparator()
				+ "Rättat i efterhand." + System.lineSeparator());
		Files.write(folder.resolve("tom.txt"), new byte[0]);
		Files.write(folder.resolve("bild.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 0 });
		Files.writeString(folder.resolve("facit.json"), "{}");

		Run batch = run(database, "--year", "2016", folder.toString());

		assertThat(batch.exitCode()).isEqualTo(1);
		assertThat(batch.out()).isEmpty();
		assertThat(batch.err()).contains("Hoppar över facit.json", "[1/5] 000.txt: klar att spara",
				"[2/5] 003-andra.txt: behöver granskas", "[3/5] 003.txt: redan importerad",
				"[4/5] bild.txt: kunde inte läsas", "[5/5] tom.txt: kunde inte läsas",
				"Sparade protokoll: 1. Nya personer i katalogen: 0.");
		assertThat(section(batch.err(), "Kunde inte läsas (2):")).containsExactly(
				"  bild.txt: Filen är inte text (kanske en bild eller ett program). Spara protokollet som text, Markdown eller Word (.docx).",
				"  tom.txt: Filen är tom.");
		assertThat(section(batch.err(), "Redan importerade, sparas inte igen (1):")).singleElement()
			.asString()
			.startsWith("  003.txt");
		assertThat(section(batch.err(), "Behöver granskas (1):")).singleElement()
			.asString()
			.startsWith("  003-andra.txt: ");
		assertThat(batch.err()).containsPattern("De väntar i Samskapa på /import/\\d+,");
		Stream.of(unknownGroup, imported, again, batch)
			.forEach(each -> assertThat(each.err()).doesNotContain("Exception", "\tat "));
	}

	private static Path seed(String name) {
		return SEEDS.resolve(name + ".txt");
	}

	private static List<String> names(JsonNode attendees) {
		List<String> names = new ArrayList<>();
		attendees.forEach(attendee -> names.add(attendee.get("name").asString()));
		return names;
	}

	/** The lines under a heading of the summary, up to the next line not indented. */
	private static List<String> section(String text, String heading) {
		List<String> lines = text.lines().toList();
		int start = lines.indexOf(heading);
		assertThat(start).as("heading %s in%n%s", heading, text).isNotNegative();
		return lines.subList(start + 1, lines.size()).stream().takeWhile(line -> line.startsWith("  ")).toList();
	}

	private static Run run(List<String> settings, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(settings);
		return run(all);
	}

	private static Run run(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = ImportCommand.run(SamskapaApplication.class, args.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, String out, String err) {
	}

}
