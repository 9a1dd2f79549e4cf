package se.samskapa.importer.parsing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting date and its year, and the dates of the text. */
class DatesUnitTests {

	private final MinutesParser parser = new MinutesParser();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Gemensam utvecklingsgrupp 7 mars 2016         | 2016-03-07
			Ledningsgrupp för utveckling 20 februari      | --02-20
			# Sammanfattning 24-10-21                     | 2024-10-21
			# Agenda & mötesanteckningar 20201124         | 2020-11-24
			Protokoll styrelsemöte 2021-02-01             | 2021-02-01
			Styrelsemöte tisdag den 3:e mars 2020 kl. 18  | 2020-03-03
			Minnesanteckningar 8.5.2020                   | 2020-05-08
			""")
	void readsTheDateFromTheTitle(String title, String iso) {
		assertThat(this.parser.parse(title + "\n\nText.").date().iso()).isEqualTo(iso);
	}

	@Test
	void readsTheDateFromADatumLine() {
		ParsedMinutes minutes = this.parser.parse("Anteckningar från arbetsmöte\n\nDatum: 2020-05-08 15:00-16:00\n");

		assertThat(minutes.date().iso()).isEqualTo("2020-05-08");
	}

	@Test
	void aDateWithoutYearAsksForOne() {
		ParsedMinutes minutes = this.parser.parse("Ledningsgrupp för utveckling 20 februari\n\nText.");

		assertThat(minutes.date().needsYear()).isTrue();
		assertThat(minutes.date().unsure()).isTrue();
		assertThat(minutes.warnings()).extracting(ParseWarning::code).contains(ParseWarning.Code.DATE_WITHOUT_YEAR);
	}

	@Test
	void theYearComesFromTheDefaultYearThenTheFileThenTheText() {
		String text = "Ledningsgrupp för utveckling 20 februari\n\nNästa möte 2017-03-09.\n";

		MeetingDate given = this.parser.parse(text, ParseContext.empty().withDefaultYear(2018)).date();
		MeetingDate file = this.parser.parse(text, ParseContext.empty().withFileDate(LocalDate.of(2019, 3, 1))).date();
		MeetingDate context = this.parser.parse(text).date();

		assertThat(given.iso()).isEqualTo("2018-02-20");
		assertThat(given.yearSource()).isEqualTo(MeetingDate.YearSource.DEFAULT_YEAR);
		assertThat(file.iso()).isEqualTo("2019-02-20");
		assertThat(file.yearSource()).isEqualTo(MeetingDate.YearSource.FILE_DATE);
		assertThat(context.iso()).isEqualTo("2017-02-20");
		assertThat(context.yearSource()).isEqualTo(MeetingDate.YearSource.CONTEXT);
		assertThat(context.unsure()).isTrue();
	}

	@Test
	void aFileWrittenEarlyInTheYearDatesADecemberMeetingTheYearBefore() {
		MeetingDate date = this.parser
			.parse("Gruppen 14 december\n\nText.", ParseContext.empty().withFileDate(LocalDate.of(2020, 1, 10)))
			.date();

		assertThat(date.iso()).isEqualTo("2019-12-14");
	}

	@Test
	void findsSpansAndTimes() {
		var mentions = SwedishDates.find("på Helsingborgs arena 1-2 juni och 12 oktober, 13:00-16:30");

		assertThat(mentions).extracting((m) -> m.date().iso()).containsExactly("--06-01", "--10-12");
		assertThat(mentions.get(0).until().iso()).isEqualTo("--06-02");
		assertThat(SwedishDates.timesAfter("12 oktober, 13:00-16:30", 10).to()).hasToString("16:30");
	}

	@Test
	void windowsAndOldMacLineEndingsReadLikeUnixOnes() {
		String unix = "Gruppen 7 mars 2016\n\nNärvarande\n\nAnna Berg\n\nÖvrigt\n\nAnna ska boka lokal.\n";

		ParsedMinutes windows = this.parser.parse(unix.replace("\n", "\r\n"));
		ParsedMinutes mac = this.parser.parse(unix.replace("\n", "\r"));

		assertThat(ExtractionJson.render(windows)).isEqualTo(ExtractionJson.render(this.parser.parse(unix)));
		assertThat(ExtractionJson.render(mac)).isEqualTo(ExtractionJson.render(this.parser.parse(unix)));
	}

}
