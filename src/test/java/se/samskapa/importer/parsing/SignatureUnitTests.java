package se.samskapa.importer.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who took the minutes, in every form the seeds and other minutes use. */
class SignatureUnitTests {

	private final MinutesParser parser = new MinutesParser();

	private String noteTaker(String text) {
		ParsedMinutes minutes = this.parser.parse(text,
				ParseContext.empty().withPeople(Fixtures.demoIndex()).withKnownGroups(Fixtures.demoGroups()));
		return (minutes.noteTaker() != null) ? minutes.noteTaker().displayName() : null;
	}

	@Test
	void antecknarAfterAPresentName() {
		assertThat(noteTaker("""
				Ledningsgrupp för utveckling 20 februari

				Närvarande

				David Bergström, socialförvaltningen (antecknar)
				""")).isEqualTo("David Bergström");
	}

	@Test
	void vidPennanWithTheNameOnTheNextLineOrAfterAColon() {
		assertThat(noteTaker("Gruppen 1 mars\n\nText.\n\nVid pennan  \n/David\n")).isEqualTo("David Bergström");
		assertThat(noteTaker("Gruppen 1 mars\n\nText.\n\nVid pennan:\n\nDavid Bergström\n"))
			.isEqualTo("David Bergström");
	}

	@Test
	void vidProtokolletAndSekreterare() {
		assertThat(noteTaker("Möte 2020-03-13\n\nVid protokollet: Tomas Snäckerström\\\n\nText."))
			.isEqualTo("Tomas Snäckerström");
		assertThat(noteTaker("Möte 2020-03-13\n\nSekreterare: Anna Andersson\n")).isEqualTo("Anna Andersson");
		assertThat(noteTaker("Möte 2020-03-13\n\nText.\n\nAntecknat av Anna Andersson\n")).isEqualTo("Anna Andersson");
	}

	@Test
	void aClosingSlashNameResolvesToTheFullName() {
		assertThat(noteTaker("""
				Gemensam utvecklingsgrupp 5 september

				Övrigt

				Inget mer.

				/David
				""")).isEqualTo("David Bergström");
	}

	@Test
	void justerasNamesTheAdjustersNotTheNoteTaker() {
		ParsedMinutes minutes = this.parser.parse("""
				Protokoll 2021-02-01

				§ 1 Mötets öppnande

				Till sekreterare valdes Anna Andersson.

				Justeras

				Bo Berg
				""");

		assertThat(minutes.noteTaker().displayName()).isEqualTo("Anna Andersson");
		assertThat(minutes.adjusters()).extracting(PersonMention::written).containsExactly("Bo Berg");
	}

}
