package se.samskapa.importer.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Present and absent lists in the shapes Swedish minutes write them. */
class AttendanceUnitTests {

	private final MinutesParser parser = new MinutesParser();

	private ParsedMinutes parse(String text) {
		return this.parser.parse(text, ParseContext.empty().withPeople(Fixtures.demoIndex()));
	}

	@Test
	void onePerLineWithAndWithoutCommaBeforeTheOrganisation() {
		ParsedMinutes minutes = parse("""
				Styrgruppen 3 mars

				Närvarande
				Bo Pettersson Ria/G7
				Anders S
				Maria Nilsson, RFHL QQ
				Bo Pettersson, Ria/Hela människan, G7

				Ekonomi

				Budgeten för året gicks igenom och godkändes av alla.
				""");

		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Bo Pettersson", "Ria/G7"), tuple("Anders S", null),
					tuple("Maria Nilsson", "RFHL QQ"), tuple("Bo Pettersson", "Ria/Hela människan, G7"));
		assertThat(minutes.sectionTitles()).containsExactly("Ekonomi");
	}

	@Test
	void blankLinesAndMarkdownLineBreaksBetweenEntries() {
		ParsedMinutes minutes = parse("""
				## Gruppen 7 mars 2016

				### Närvarande

				Catrin Albrektsson

				David Bergström, socialförvaltningen\s\s
				Leif Redestig, socialförvaltningen\\
				Herbert Tinz, Bryggan

				### Frånvarande

				Ivan Kuzhikov, Vorta Drom

				### Fritidsbank

				Vi pratade om lokaler.
				""");

		assertThat(minutes.present()).extracting(Attendee::name)
			.containsExactly("Catrin Albrektsson", "David Bergström", "Leif Redestig", "Herbert Tinz");
		assertThat(minutes.absent()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Ivan Kuzhikov", "Vorta Drom"));
	}

	@Test
	void bulletsOrganisationsInParenthesesAndSeveralNamesOnOneLine() {
		ParsedMinutes minutes = parse("""
				# Möte 2020-11-24

				Deltagare
				---------

				Närvarande:\\

				* Leif Johansson (SUNET)
				* Mirko (Freja eID)
				- Anna Berg, Cecilia Lund och Erik Sundvall

				Frånvarande:\\

				 - Per Sikora
				""");

		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Leif Johansson", "SUNET"), tuple("Mirko", "Freja eID"), tuple("Anna Berg", null),
					tuple("Cecilia Lund", null), tuple("Erik Sundvall", null));
		assertThat(minutes.absent()).extracting(Attendee::name).containsExactly("Per Sikora");
	}

	@Test
	void inlineListOfOrganisationsOnly() {
		ParsedMinutes minutes = parse(
				"""
						# Sammanfattning 24-10-21

						Närvarande: Bolagsverket, Digg, Havs- och Vattenmyndigheten, Arbetsförmedlingen, (eSam - synk mellan mötena)

						## Hänt sen förra mötet
						""");

		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple(null, "Bolagsverket"), tuple(null, "Digg"),
					tuple(null, "Havs- och Vattenmyndigheten"), tuple(null, "Arbetsförmedlingen"));
	}

	@Test
	void inlineListOfPeople() {
		ParsedMinutes minutes = parse("""
				Protokoll styrelsemöte 2021-02-01

				Närvarande: Anna Andersson, Bo Berg, Cecilia Carlsson (ordförande)
				Anmält förhinder: Dan Dahl
				""");

		assertThat(minutes.present()).extracting(Attendee::name)
			.containsExactly("Anna Andersson", "Bo Berg", "Cecilia Carlsson");
		assertThat(minutes.absent()).extracting(Attendee::name).containsExactly("Dan Dahl");
		assertThat(minutes.chair().displayName()).isEqualTo("Cecilia Carlsson");
	}

	@Test
	void namesAreResolvedAgainstTheDirectory() {
		ParsedMinutes minutes = parse("""
				Gemensam utvecklingsgrupp 5 september

				Närvarande
				Carina Sörensen, Bryggan
				Nils Nyman, Ria
				""");

		assertThat(minutes.present()).extracting((a) -> a.resolution().outcome())
			.containsExactly(Resolution.Outcome.RESOLVED, Resolution.Outcome.NEW);
		assertThat(minutes.warnings()).contains(new ParseWarning(ParseWarning.Code.NEW_PERSON, "Nils Nyman"));
	}

	@Test
	void aSpacedDashSeparatesTheOrganisationAndARoleMarksTheNoteTaker() {
		ParsedMinutes minutes = parse("""
				Styrelsemöte 2021-02-01

				Närvarande ledamöter
				Anna Andersson – Bryggan
				Cecilia Carlsson, sekreterare
				Kjell-Åke Svensson - LP

				Ekonomi

				Budgeten gicks igenom och godkändes av styrelsen.
				""");

		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Anna Andersson", "Bryggan"), tuple("Cecilia Carlsson", "sekreterare"),
					tuple("Kjell-Åke Svensson", "LP"));
		assertThat(minutes.noteTaker().displayName()).isEqualTo("Cecilia Carlsson");
	}

	@Test
	void aMarkdownTable() {
		ParsedMinutes minutes = parse("""
				# Möte 2021-02-01

				## Närvarande

				| Namn | Organisation |
				|------|--------------|
				| Anna Andersson | Bryggan |
				| Bo Berg | RSMH |

				## Ekonomi

				Text.
				""");

		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Anna Andersson", "Bryggan"), tuple("Bo Berg", "RSMH"));
	}

	@Test
	void longerLabelsAndOrganisationsAlone() {
		ParsedMinutes minutes = parse("""
				Samverkansgruppen 2021-02-01

				Närvarande från styrelsen (digitalt):
				Anna Andersson
				Bryggan
				RSMH

				Frånvarande ledamöter: Bo Berg

				Ekonomi

				Budgeten gicks igenom och godkändes av styrelsen.
				""");

		assertThat(minutes.present()).extracting(Attendee::name, Attendee::organisation)
			.containsExactly(tuple("Anna Andersson", null), tuple(null, "Bryggan"), tuple(null, "RSMH"));
		assertThat(minutes.absent()).extracting(Attendee::name).containsExactly("Bo Berg");
		assertThat(minutes.sectionTitles()).containsExactly("Ekonomi");
	}

}
