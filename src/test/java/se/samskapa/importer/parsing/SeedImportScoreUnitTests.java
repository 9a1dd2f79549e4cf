package se.samskapa.importer.parsing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import bar, scored the way {@code shared/tools/score_import.py} scores it (ported
 * in {@link ImportScore}): on each of the five seed minutes, people and sections F1 =
 * 1.0, note-taker and date exact, action items F1 at least 0.9; on the five minutes from
 * other organisations (parsed without a directory), the floors reached today.
 */
class SeedImportScoreUnitTests {

	private final MinutesParser parser = new MinutesParser();

	static final Iterable<String> seeds = Fixtures.SEEDS;

	@ParameterizedTest(name = "{0}")
	@FieldSource("seeds")
	void seedMeetsTheBar(String seed) {
		Map<String, ImportScore.Counts> score = scoreSeed(seed, Fixtures.seed(seed));

		assertThat(score.get("people").f1()).as("people F1").isEqualTo(1.0);
		assertThat(score.get("sections").f1()).as("sections F1").isEqualTo(1.0);
		assertThat(score.get("note_taker").tp()).as("note-taker").isEqualTo(1);
		assertThat(score.get("date").tp()).as("date").isEqualTo(1);
		assertThat(score.get("actions").f1()).as("action items F1").isGreaterThanOrEqualTo(0.9);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("seeds")
	void windowsLineEndingsScoreTheSame(String seed) {
		String windows = Fixtures.seed(seed).replace("\n", "\r\n");

		assertThat(scoreSeed(seed, windows)).isEqualTo(scoreSeed(seed, Fixtures.seed(seed)));
	}

	@Test
	void allSeedsTogetherScorePerfectlyOnPeopleSectionsNoteTakerAndDate() {
		Map<String, ImportScore.Counts> total = new LinkedHashMap<>();
		for (String seed : Fixtures.SEEDS) {
			scoreSeed(seed, Fixtures.seed(seed))
				.forEach((field, counts) -> total.merge(field, counts, ImportScore.Counts::plus));
		}
		assertThat(total.get("people").f1()).isEqualTo(1.0);
		assertThat(total.get("orgs").f1()).isEqualTo(1.0);
		assertThat(total.get("sections").f1()).isEqualTo(1.0);
		assertThat(total.get("note_taker").f1()).isEqualTo(1.0);
		assertThat(total.get("date").f1()).isEqualTo(1.0);
		assertThat(total.get("actions").f1()).isGreaterThanOrEqualTo(0.95);
	}

	static Stream<Arguments> examples() {
		return Stream.of(Arguments.of(Fixtures.EXAMPLES.get(0), 0.33), Arguments.of(Fixtures.EXAMPLES.get(1), 0.85),
				Arguments.of(Fixtures.EXAMPLES.get(2), 0.9), Arguments.of(Fixtures.EXAMPLES.get(3), 1.0),
				Arguments.of(Fixtures.EXAMPLES.get(4), 0.85));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void exampleFromAnotherOrganisationMeetsItsFloor(String example, double actionsFloor) {
		ParsedMinutes minutes = this.parser.parse(Fixtures.example(example), ParseContext.empty().withSource(example));
		Map<String, ImportScore.Counts> score = ImportScore.score(Fixtures.expectedExample(example),
				Fixtures.json(ExtractionJson.render(minutes)));

		assertThat(score.get("people").f1()).as("people F1").isEqualTo(1.0);
		assertThat(score.get("orgs").f1()).as("organisations F1").isEqualTo(1.0);
		assertThat(score.get("sections").f1()).as("sections F1").isEqualTo(1.0);
		assertThat(score.get("note_taker").tp()).as("note-taker").isEqualTo(1);
		assertThat(score.get("date").tp()).as("date").isEqualTo(1);
		assertThat(score.get("actions").f1()).as("action items F1").isGreaterThanOrEqualTo(actionsFloor);
	}

	private Map<String, ImportScore.Counts> scoreSeed(String seed, String text) {
		ParsedMinutes minutes = this.parser.parse(text, Fixtures.seedContext(seed + ".txt"));
		JsonNode actual = Fixtures.json(ExtractionJson.render(minutes));
		return ImportScore.score(Fixtures.expectedSeed(seed), actual);
	}

}
