package se.samskapa.importer.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings: Markdown, bare lines, numbered headings and sub-headings, "§ 1". */
class OutlineUnitTests {

	private final MinutesParser parser = new MinutesParser();

	@Test
	void markdownHeadingsWithoutTheTitleOrTheAttendanceHeading() {
		ParsedMinutes minutes = this.parser.parse("""
				## Gemensam utvecklingsgrupp 7 mars 2016

				### Närvarande

				Catrin Albrektsson

				### Avstämningshalvdag

				Förslaget på dag är 16 maj.

				## Sysselsättning

				Text.

				### **Kvalitetsmässan**

				Text.
				""");

		assertThat(minutes.sections()).extracting(Section::title, Section::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Avstämningshalvdag", 1),
					org.assertj.core.groups.Tuple.tuple("Sysselsättning", 1),
					org.assertj.core.groups.Tuple.tuple("Kvalitetsmässan", 2));
		assertThat(minutes.sections().get(0).body()).isEqualTo("Förslaget på dag är 16 maj.");
	}

	@Test
	void bareHeadingLinesAndNumberedHeadingsWithSubHeadings() {
		ParsedMinutes minutes = this.parser.parse("""
				Ledningsgrupp för utveckling 23 mars

				1. Genomgång av våra gemensamma projekt (AMF-SOF-brukare)

				Digitalt utanförskap

				Bosse berättar att det jobbas vidare.

				2. Staden som samhällsbyggare

				Samtliga chefer har anslutit sig.

				2.1 Validering

				Validering är en möjlighet.
				""");

		assertThat(minutes.sectionTitles()).containsExactly("Genomgång av våra gemensamma projekt (AMF-SOF-brukare)",
				"Digitalt utanförskap", "Staden som samhällsbyggare", "Validering");
		assertThat(minutes.sections()).extracting(Section::level).containsExactly(1, 2, 1, 2);
	}

	@Test
	void paragraphSignHeadings() {
		ParsedMinutes minutes = this.parser.parse("""
				Protokoll styrelsemöte 2021-02-01

				§ 1 Mötets öppnande

				Ordföranden öppnade mötet.

				§ 2. Val av justerare

				Till justerare valdes Bo Berg.
				""");

		assertThat(minutes.sectionTitles()).containsExactly("Mötets öppnande", "Val av justerare");
	}

	@Test
	void numberedListsAfterAColonAreNoHeadings() {
		ParsedMinutes minutes = this.parser.parse("""
				Gruppen 3 mars

				Upplägg

				Det finns två förslag:

				1. Gemensam presentation
				2. Mingel

				Vi landade i ett tredje:

				3. Samtal i grupper
				""");

		assertThat(minutes.sectionTitles()).containsExactly("Upplägg");
		assertThat(minutes.decisions()).extracting(Decision::text)
			.containsExactly("Vi landade i ett tredje: Samtal i grupper");
	}

	@Test
	void boldRunInLabelsUnderATopicAreNoSections() {
		ParsedMinutes minutes = this.parser.parse("""
				Anteckningar
				============

				Anteckningar
				------------

				**Rekapitulering**\\
				Text.

				***Nyckelhantering***\\
				Text.

				Övrigt
				------

				Text.
				""");

		assertThat(minutes.sectionTitles()).containsExactly("Rekapitulering", "Övrigt");
	}

	@Test
	void withoutTopicHeadingsTheAgendaItemsAreTheSections() {
		ParsedMinutes minutes = this.parser.parse("""
				# Agenda & mötesanteckningar 20201124

				* intro & recap
				* övriga frågor:
				  - testbänk

				## Närvarande

				* Leif Johansson (SUNET)

				## Beslut

				Gruppen beslutade att köra mötesanteckningar publikt.
				""");

		assertThat(minutes.agenda()).containsExactly("intro & recap", "övriga frågor");
		assertThat(minutes.sectionTitles()).containsExactly("intro & recap", "övriga frågor");
		assertThat(minutes.decisions()).extracting(Decision::text)
			.containsExactly("Gruppen beslutade att köra mötesanteckningar publikt");
	}

}
