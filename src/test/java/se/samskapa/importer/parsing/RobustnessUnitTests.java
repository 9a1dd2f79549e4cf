package se.samskapa.importer.parsing;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the file holds, the parser returns a result rather than failing. */
class RobustnessUnitTests {

	private final MinutesParser parser = new MinutesParser();

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\n\n\n", "Närvarande", "Närvarande:", "§", "1.", "#", "**", "/", "Vid pennan",
			"Justeras", "- ", "| |", "```", "\uFEFFGruppen 1 mars", "Gruppen 31 februari 2020", "Till nästa möte ska",
			"Ansvariga:\n\n- ()\n- (?)" })
	void oddInputGivesAResult(String text) {
		ParsedMinutes minutes = this.parser.parse(text,
				ParseContext.empty().withPeople(Fixtures.demoIndex()).withKnownGroups(Fixtures.demoGroups()));

		assertThat(minutes).isNotNull();
		assertThat(ExtractionJson.render(minutes)).startsWith("{");
	}

	@Test
	void allSeedsInOneFileAndOneVeryLongLine() {
		String all = Fixtures.SEEDS.stream().map(Fixtures::seed).collect(Collectors.joining("\n\n"));
		String longLine = IntStream.range(0, 3000)
			.mapToObj((i) -> "David ska skicka " + i + " mars, och Gösta tar upp frågan")
			.collect(Collectors.joining(" "));

		assertThat(this.parser.parse(all, Fixtures.seedContext("all")).sections()).isNotEmpty();
		assertThat(this.parser.parse(longLine, Fixtures.seedContext("long"))).isNotNull();
	}

}
