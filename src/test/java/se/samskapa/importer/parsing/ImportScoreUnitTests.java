package se.samskapa.importer.parsing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The port of {@code score_import.py} keeps the script's rules. */
class ImportScoreUnitTests {

	@Test
	void headingsLoseTheirNumberingAndMarkup() {
		assertThat(ImportScore.normHeading("§ 3 Övrigt")).isEqualTo("övrigt");
		assertThat(ImportScore.normHeading("2.1 Ekonomi:")).isEqualTo("ekonomi");
		assertThat(ImportScore.normHeading("**Kvalitetsmässan**")).isEqualTo("kvalitetsmässan");
	}

	@Test
	void datesCompareByMonthAndDayAndWordsAsText() {
		assertThat(ImportScore.md("2016-05-16")).isEqualTo(ImportScore.md("--05-16"));
		assertThat(ImportScore.md("Hösten")).isEqualTo("hösten");
		assertThat(ImportScore.md(null)).isNull();
	}

	@Test
	void aFirstNameMatchesTheFullNameItBegins() {
		assertThat(ImportScore.ownerMatch("Åke Malmén, Lina Håkansson", "Åke och Lina")).isTrue();
		assertThat(ImportScore.ownerMatch("David Bergström", "Rebecka")).isFalse();
		assertThat(ImportScore.ownerMatch(null, null)).isTrue();
		assertThat(ImportScore.ownerMatch("alla", null)).isFalse();
	}

	@Test
	void scoresOneDocument() {
		var expected = Fixtures.json("""
				{"present": [{"name": "Ia Jonsson", "organisation": null}], "sections": ["1. Hälsa", "Övrigt"],
				 "action_items": [{"owner": "David Bergström", "due": "--03-09"}], "note_taker": "David Bergström",
				 "date": "2017-02-20"}""");
		var actual = Fixtures.json("""
				{"present": [{"name": "Ia Jonsson"}, {"name": "Bo Ek"}], "sections": ["Hälsa"],
				 "action_items": [{"owner": "David", "due": "2017-03-09"}], "note_taker": "david bergström",
				 "date": "--02-20"}""");

		var score = ImportScore.score(expected, actual);

		assertThat(List.of(score.get("people"), score.get("sections"), score.get("actions"))).containsExactly(
				new ImportScore.Counts(1, 1, 2), new ImportScore.Counts(1, 2, 1), new ImportScore.Counts(1, 1, 1));
		assertThat(score.get("note_taker").tp()).isEqualTo(1);
		assertThat(score.get("date").tp()).isEqualTo(1);
	}

}
