package se.samskapa.importer.parsing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Action items: each phrase the issue names, responsibility lists, due dates in Swedish.
 */
class ActionUnitTests {

	private final MinutesParser parser = new MinutesParser();

	private List<ActionItem> actions(String body) {
		String text = "Gemensam utvecklingsgrupp 7 mars 2016\n\nNärvarande\n\nDavid Bergström, socialförvaltningen\n"
				+ "Gösta Strand, arbetsmarknadsförvaltningen\n\nÄmnet\n\n" + body + "\n";
		return this.parser
			.parse(text, ParseContext.empty().withPeople(Fixtures.demoIndex()).withKnownGroups(Fixtures.demoGroups()))
			.actionItems();
	}

	private String due(ActionItem item) {
		return (item.due() != null) ? item.due().text() : null;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			David ska jobba vidare med detta.                          | David Bergström
			David Bergström lovar att ordna detta.                     | David Bergström
			Gösta tar upp frågan kring validering.                     | Gösta Strand
			Socialförvaltningen kollar hur planeringen ser ut.         | socialförvaltningen
			Ann bjuder in till workshopen.                             | Ann Abrahamsson
			Henrik har lovat återkomma med bemanning.                  | Henrik
			AMF tar fram ett underlag.                                 | arbetsmarknadsförvaltningen
			Michael Blomberg och Ivan Kuzhikov ska skriva ett förslag. | Michael Blomberg, Ivan Kuzhikov
			Martin bad alla ta en titt på profilen.                    | alla
			Detta behöver verifieras av alla för sina organisationer.  | alla
			Styrelsen uppdrog åt Anna Berg att boka lokal.             | Anna Berg
			Boka lokal till årsmötet. Ansvarig: Gösta.                 | Gösta Strand
			Åtgärd: Gösta kontaktar Region Skåne.                      | Gösta Strand
			""")
	void recognisesTheActionPhrase(String sentence, String owner) {
		assertThat(actions(sentence)).extracting(ActionItem::ownerNames).containsExactly(owner);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Ska vi även vända oss brett till allmänheten?
			Resultatet ska gå vidare till ansvariga chefer.
			Idén om att besökarna ska kunna ställa frågor behöver utvecklas.
			Biblioteket ska vara med i en internationell vecka.
			Socialförvaltningen ska bygga en ny reception på Bredgatan.
			Den 5 november ska socialdirektör Dinah Åbinger prata om delaktighet.
			Arbetsmarknadsförvaltningen kommer att organisera om efter sin invånarprocess.
			Bosse berättar att det jobbas vidare på detta.
			""")
	void leavesStatementsAlone(String sentence) {
		assertThat(actions(sentence)).isEmpty();
	}

	@Test
	void tillNastaMoteWithADateMakesTheGroupOwnerAndTheDateDue() {
		assertThat(actions("Till nästa möte (9 mars) ska vi försöka ha ett lokalprogram färdigt."))
			.extracting(ActionItem::ownerNames, this::due)
			.containsExactly(tuple("gruppen", "2016-03-09"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			David ska skicka ut kallelsen till nästa möte.            | nästa möte
			David ska skicka ut kallelsen inför nästa gång.           | nästa möte
			David ska skicka ut kallelsen senast 15/3.                | 2016-03-15
			David ska skicka ut kallelsen till den 9 mars.            | 2016-03-09
			David kommer att stötta Allan i arbetet under hösten.     | hösten
			David ska boka lokal i vår.                               | våren
			David ska boka lokal vecka 12.                            | vecka 12
			David ska ringa Region Skåne snarast.                     | snarast
			David ska boka lokal till 2016-04-01.                     | 2016-04-01
			""")
	void readsTheDueDate(String sentence, String due) {
		assertThat(actions(sentence)).extracting(this::due).containsExactly(due);
	}

	@Test
	void anInstructionToWhoeverItConcernsIsAnActionWithoutOwner() {
		assertThat(actions("Jens meddelade att de som behöver konton till klustret ska kontakta Alvar Almstedt på GU."))
			.extracting(ActionItem::ownerNames, ActionItem::what)
			.containsExactly(tuple(null, "de som behöver konton till klustret ska kontakta Alvar Almstedt på GU"));
		assertThat(actions("Den som kommer in ska få en huvudhandläggare och ett multiteam ska jobba kring personen."))
			.isEmpty();
	}

	@Test
	void aPlanWithoutAPersonIsAnActionBesideThePromiseInTheSameSentence() {
		assertThat(actions(
				"Henrik har lovat återkomma med bemanning och i Uppsala planeras att testa med utvecklade script."))
			.extracting(ActionItem::ownerNames, ActionItem::what)
			.containsExactly(
					tuple("Henrik", "återkomma med bemanning och i Uppsala planeras att testa med utvecklade script"),
					tuple(null, "testa med utvecklade script"));
	}

	@Test
	void aDateSaidEarlierInTheParagraphIsTheDueDateOfTillDess() {
		assertThat(actions(
				"Vi har bokat in ett nytt möte 22 mars. Till dess ska respektive organisation fundera på sin roll."))
			.extracting(ActionItem::ownerNames, this::due)
			.containsExactly(tuple("respektive organisation", "2016-03-22"));
	}

	@Test
	void responsibilityListsGiveOneItemPerTopic() {
		List<ActionItem> items = actions("""
				Förslaget på dag är 16 maj.

				Ansvariga för respektive presentation (preliminärt):

				- Sip (Åke och Lina)
				- AMF (AMF)
				- IT (?)
				""");

		assertThat(items).extracting(ActionItem::ownerNames, ActionItem::what, this::due)
			.containsExactly(tuple("Åke Malmén, Lina Håkansson", "Presentation om Sip", "2016-05-16"),
					tuple("arbetsmarknadsförvaltningen", "Presentation om AMF", "2016-05-16"),
					tuple(null, "Presentation om IT", "2016-05-16"));
	}

	@Test
	void everyItemUnderAnActionHeadingIsAnAction() {
		List<ActionItem> items = this.parser.parse("""
				# Sammanfattning 24-10-21

				## Actionpoints inför nästa gång

				1. Rensa upp i förslaget om roller (Josef)).
				2. Samla in fler åsikter om diarieföring (alla).
				3. Fundera på frågorna.
				""").actionItems();

		assertThat(items).extracting(ActionItem::ownerNames, this::due)
			.containsExactly(tuple("Josef", "nästa möte"), tuple("alla", "nästa möte"), tuple(null, "nästa möte"));
	}

	@Test
	void aProjectLeaderTakesTheAssignmentOfTheNextSentence() {
		assertThat(
				actions("Förvaltningarna finansierar en projektfas under hösten, med Allan Hedman som projektledare. "
						+ "Uppdraget blir att ta fram ett förslag på budget."))
			.extracting(ActionItem::ownerNames, ActionItem::what, this::due)
			.containsExactly(tuple("Allan Hedman", "ta fram ett förslag på budget", "hösten"));
	}

	@Test
	void aQuestionToTheUserOrganisationsIsTheirAction() {
		assertThat(actions(
				"Gösta Strand undrar hur stor andel av brukarorganisationernas medlemmar som har försörjningsstöd."))
			.extracting(ActionItem::ownerNames)
			.containsExactly("brukarorganisationerna");
	}

}
