package se.samskapa.importer.parsing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolution order: exact, alias, first name, organisation, misspelling, document.
 */
class NameResolverUnitTests {

	private static final String GUG = "Gemensam utvecklingsgrupp";

	private final NameResolver resolver = new NameResolver(Fixtures.demoIndex());

	private Resolution resolve(String written, String group, String... documentNames) {
		return this.resolver.resolve(written, group, List.of(documentNames));
	}

	@Test
	void exactAndAlias() {
		assertThat(resolve("Carina Sörensen", GUG).person().name()).isEqualTo("Carina Sörensen");
		assertThat(resolve("Bosse", GUG).match()).isEqualTo(Resolution.Match.ALIAS);
		assertThat(resolve("Bosse", GUG).name()).isEqualTo("Bo Pettersson");
	}

	@Test
	void aFirstNameUniqueAmongTheGroupsMembers() {
		Resolution carina = resolve("Carina", "Ledningsgrupp för utveckling");

		assertThat(carina.match()).isEqualTo(Resolution.Match.FIRST_NAME);
		assertThat(carina.name()).isEqualTo("Carina Bech Sörensen");
		assertThat(resolve("/David", GUG).name()).isEqualTo("David Bergström");
	}

	@Test
	void aFirstNameSharedOutsideAnyGroupIsAmbiguousUnlessTheDocumentSettlesIt() {
		Resolution ambiguous = resolve("Carina", null);
		Resolution settled = resolve("Carina", null, "Carina Bech Sörensen");

		assertThat(ambiguous.outcome()).isEqualTo(Resolution.Outcome.AMBIGUOUS);
		assertThat(ambiguous.candidates()).extracting(KnownPerson::name)
			.containsExactlyInAnyOrder("Carina Bech Sörensen", "Carina Sörensen");
		assertThat(settled.name()).isEqualTo("Carina Bech Sörensen");
		assertThat(settled.match()).isEqualTo(Resolution.Match.IN_DOCUMENT);
	}

	@Test
	void organisationAbbreviations() {
		Resolution amf = resolve("AMF", GUG);

		assertThat(amf.match()).isEqualTo(Resolution.Match.ORGANISATION);
		assertThat(amf.name()).isEqualTo("arbetsmarknadsförvaltningen");
		assertThat(resolve("SOF", GUG).name()).isEqualTo("socialförvaltningen");
	}

	@Test
	void smallMisspellingsAndShortenedSurnames() {
		assertThat(resolve("Ivan Kuzhikow", GUG).name()).isEqualTo("Ivan Kuzhikov");
		assertThat(resolve("Rebecka Glimsjo", GUG).name()).isEqualTo("Rebecka Glimsjö");
		assertThat(resolve("Johanna Calegari", GUG).match()).isEqualTo(Resolution.Match.SIMILAR);
		assertThat(resolve("Leif R", GUG).name()).isEqualTo("Leif Redestig");
	}

	@Test
	void anUnknownNameIsNewAndCompletedFromTheDocument() {
		Resolution unknown = resolve("Kerstin Stöckl", GUG);
		Resolution completed = new NameResolver(PeopleIndex.empty()).resolve("Henrik", null,
				List.of("Henrik Eriksson", "Tomas Snäckerström"));

		assertThat(unknown.outcome()).isEqualTo(Resolution.Outcome.NEW);
		assertThat(unknown.name()).isEqualTo("Kerstin Stöckl");
		assertThat(completed.outcome()).isEqualTo(Resolution.Outcome.NEW);
		assertThat(completed.name()).isEqualTo("Henrik Eriksson");
	}

}
