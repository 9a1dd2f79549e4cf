package se.samskapa.importer.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Shapes of Swedish minutes beyond the seeds: a formal association protocol with "§"
 * items and a signature block, and text from a word processor with one paragraph per line
 * and no blank lines.
 */
class GeneralShapesUnitTests {

	private final MinutesParser parser = new MinutesParser();

	@Test
	void formalProtocolWithParagraphSignsAndSignatures() {
		ParsedMinutes minutes = this.parser.parse("""
				Protokoll fört vid styrelsemöte i Föreningen Gröna Gården
				Datum: 2023-04-12
				Tid: 18.00–20.00

				Närvarande: Anna Andersson (ordförande), Bertil Berg, Cecilia Carlsson (sekreterare), David Dahl
				Frånvarande: Eva Ek

				§ 1 Mötets öppnande
				Ordföranden förklarade mötet öppnat.

				§ 2 Val av justerare
				Till justerare valdes Bertil Berg.

				§ 3 Ekonomi
				Kassören redovisade ekonomin. Styrelsen beslutade att anta budgeten.
				Bertil ska kontakta banken senast 30 april.

				§ 4 Nästa möte
				Nästa möte hålls den 10 maj kl. 18.00.

				Vid protokollet

				Cecilia Carlsson

				Justeras

				Anna Andersson            Bertil Berg
				""");

		assertThat(minutes.date().iso()).isEqualTo("2023-04-12");
		assertThat(minutes.group()).isEqualTo("Föreningen Gröna Gården");
		assertThat(minutes.present()).extracting(Attendee::name)
			.containsExactly("Anna Andersson", "Bertil Berg", "Cecilia Carlsson", "David Dahl");
		assertThat(minutes.absent()).extracting(Attendee::name).containsExactly("Eva Ek");
		assertThat(minutes.noteTaker().displayName()).isEqualTo("Cecilia Carlsson");
		assertThat(minutes.chair().displayName()).isEqualTo("Anna Andersson");
		assertThat(minutes.adjusters()).extracting(PersonMention::written).contains("Bertil Berg");
		assertThat(minutes.sectionTitles()).containsExactly("Mötets öppnande", "Val av justerare", "Ekonomi",
				"Nästa möte");
		assertThat(minutes.decisions()).extracting(Decision::text)
			.containsExactly("Styrelsen beslutade att anta budgeten");
		assertThat(minutes.actionItems()).extracting(ActionItem::ownerNames, (a) -> a.due().text())
			.containsExactly(tuple("Bertil Berg", "2023-04-30"));
		assertThat(minutes.events()).extracting(Event::what, Event::when)
			.containsExactly(tuple("Nästa möte", "2023-05-10T18:00"));
	}

	@Test
	void oneParagraphPerLineFromAWordProcessor() {
		ParsedMinutes minutes = this.parser.parse("""
				Minnesanteckningar Arbetsgruppen 2022-09-15
				Närvarande
				Anna Andersson, Bryggan
				Bo Berg
				Dagordning
				1. Inledning
				2. Budget
				Inledning
				Anna hälsade alla välkomna och gick igenom läget i projektet.
				Budget
				Bo ska ta fram ett förslag till nästa möte.
				Vid pennan: Anna Andersson
				""");

		assertThat(minutes.date().iso()).isEqualTo("2022-09-15");
		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Anna Andersson", "Bryggan"), tuple("Bo Berg", null));
		assertThat(minutes.agenda()).containsExactly("Inledning", "Budget");
		assertThat(minutes.sectionTitles()).containsExactly("Inledning", "Budget");
		assertThat(minutes.actionItems()).extracting(ActionItem::ownerNames, (a) -> a.due().text())
			.containsExactly(tuple("Bo Berg", "nästa möte"));
		assertThat(minutes.noteTaker().displayName()).isEqualTo("Anna Andersson");
	}

}
