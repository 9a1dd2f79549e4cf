package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON has the expected files' fields in their order; events, figures and the rule.
 */
class ExtractionJsonUnitTests {

	private final MinutesParser parser = new MinutesParser();

	@Test
	void fieldsInTheOrderOfTheExpectedFiles() {
		for (String seed : Fixtures.SEEDS) {
			JsonNode actual = Fixtures.json(
					ExtractionJson.render(this.parser.parse(Fixtures.seed(seed), Fixtures.seedContext(seed + ".txt"))));
			JsonNode expected = Fixtures.expectedSeed(seed);

			assertThat(names(actual)).as(seed).isEqualTo(names(expected));
			assertThat(names(actual.get("action_items").get(0))).containsExactly("owner", "what", "due");
		}
	}

	@Test
	void severalDocumentsMakeAnArray() {
		ParsedMinutes one = this.parser.parse("Gruppen 1 mars\n\nText.");

		assertThat(Fixtures.json(ExtractionJson.render(List.of(one, one))).size()).isEqualTo(2);
	}

	@Test
	void eventsFiguresAndTheMeetingRule() {
		JsonNode seed3 = json(Fixtures.SEEDS.get(3));
		JsonNode seed4 = json(Fixtures.SEEDS.get(4));
		JsonNode seed0 = json(Fixtures.SEEDS.get(0));
		JsonNode seed1 = json(Fixtures.SEEDS.get(1));

		assertThat(seed3.get("events").get(0).get("when").asString()).isEqualTo("--10-12T13:00/16:30");
		assertThat(seed0.get("indicators").get(0).get("value").asInt()).isEqualTo(25);
		assertThat(seed0.get("indicators").get(0).get("target").asInt()).isEqualTo(40);
		assertThat(seed4.get("indicators").get(0).get("target").asString()).isEqualTo("4 %");
		assertThat(seed4.get("meeting_rule").toString())
			.isEqualTo(Fixtures.expectedSeed(Fixtures.SEEDS.get(4)).get("meeting_rule").toString());
		assertThat(seed1.get("agenda_proposals_for").get("date").asString()).isEqualTo("--03-13");
		assertThat(seed1.get("agenda_proposals_for").get("items").size()).isEqualTo(4);
		assertThat(seed1.get("events").toString()).contains("--06-01/--06-02");
	}

	private JsonNode json(String seed) {
		return Fixtures
			.json(ExtractionJson.render(this.parser.parse(Fixtures.seed(seed), Fixtures.seedContext(seed + ".txt"))));
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.properties().forEach((entry) -> names.add(entry.getKey()));
		return names;
	}

}
