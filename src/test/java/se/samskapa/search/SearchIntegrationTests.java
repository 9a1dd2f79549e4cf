package se.samskapa.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.Role;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.meetings.DemoMeetings;
import se.samskapa.meetings.MinutesManagement;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One search over everything, in Swedish: inflections and prefixes, phrases, the matching
 * words marked, filters, and what each viewer may find.
 */
@SamskapaTest
@Import(DemoMeetings.class)
class SearchIntegrationTests {

	@Autowired
	SearchManagement search;

	@Autowired
	TestUsers users;

	@Autowired
	DemoMeetings demo;

	@Autowired
	MinutesManagement minutes;

	@Autowired
	DirectoryManagement directory;

	@BeforeEach
	void index() {
		search.rebuildIndex();
	}

	@Test
	void findsOtherFormsOfAWord() {
		// "lokal" finds "lokaler" and "Lokalfrågan"; "Fritidsbank" finds "Fritidsbanken".
		assertThat(titles(search("lokal", null))).contains("Lokalfrågan");
		assertThat(search("Fritidsbank", null).hits()).extracting(SearchHit::snippet)
			.anySatisfy(snippet -> assertThat(snippet).contains("<mark>Fritidsbanken</mark>"));
	}

	@Test
	void findsWordsWhileTheyAreBeingTyped() {
		assertThat(titles(search("Kvalitetsmäs", null))).contains("Kvalitetsmässan");
	}

	@Test
	void findsAPhraseAndMarksItInTheText() {
		SearchResults results = search("\"kreativa grupper\"", null);
		assertThat(results.hits()).first().satisfies(hit -> {
			assertThat(hit.kind()).isEqualTo(SearchKind.AGENDA_ITEM);
			assertThat(hit.title()).isEqualTo("Digitalisering");
			assertThat(hit.snippet()).contains("<mark>kreativa</mark> <mark>grupper</mark>");
			assertThat(hit.url()).startsWith("/moten/" + demo.meeting(DemoMeetings.GUG, LocalDate.of(2026, 9, 5)));
		});
		assertThat(search("\"grupper kreativa\"", null).hits()).isEmpty();
	}

	@Test
	void findsDecisionsAndActions() {
		assertThat(search("samtal grupper", null).hits()).extracting(SearchHit::kind).contains(SearchKind.DECISION);
		assertThat(search("brygganmejlen", null).hits()).extracting(SearchHit::kind).contains(SearchKind.ACTION);
	}

	@Test
	void thePublicNeverFindsDrafts() {
		String draft = "bidra med personal";
		assertThat(search(draft, null).hits()).isEmpty();
		// Herbert is a member of Gemensam utvecklingsgrupp, whose coming meeting has the
		// item.
		assertThat(titles(search(draft, users.user("medlem"))))
			.contains("Fritidsbanken: hur kan brukarorganisationerna bidra med personal?");
		// Ia Jonsson is only in the Ledningsgrupp.
		assertThat(search(draft, users.personUser("Ia Jonsson", Role.MEMBER)).hits()).isEmpty();
		assertThat(search(draft, users.user("samordnare")).hits()).isNotEmpty();
	}

	@Test
	void peopleAndOrganisationsAreFoundByCoordinatorsOnly() {
		assertThat(search("Kuzhikov", users.user("samordnare")).hits()).extracting(SearchHit::kind)
			.contains(SearchKind.PERSON);
		assertThat(search("Kuzhikov", users.user("medlem")).hits()).extracting(SearchHit::kind)
			.doesNotContain(SearchKind.PERSON);
		assertThat(search("arbetsmarknadsförvaltningen", users.user("samordnare")).hits()).extracting(SearchHit::kind)
			.contains(SearchKind.ORGANISATION);
	}

	@Test
	void filtersByGroupPeriodKindAndPerson() {
		long lg = demo.group(DemoMeetings.LG).id();
		assertThat(search(new SearchQuery("Fritidsbanken", lg, null, null, Set.of(), null, null, 50, 0), null).hits())
			.isNotEmpty()
			.allMatch(hit -> lg == hit.groupId());
		assertThat(search(new SearchQuery("Fritidsbanken", null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
				Set.of(), null, null, 50, 0), null)
			.hits()).isNotEmpty().allMatch(hit -> hit.date().getMonthValue() == 9);
		assertThat(search(
				new SearchQuery("Fritidsbanken", null, null, null, Set.of(SearchKind.DECISION), null, null, 50, 0),
				null)
			.hits()).isNotEmpty().allMatch(hit -> hit.kind() == SearchKind.DECISION);
		long allan = directory.searchPeople("Allan Hedman", 1).get(0).id();
		assertThat(
				search(new SearchQuery("projektplan", null, null, null, Set.of(SearchKind.ACTION), null, allan, 50, 0),
						null)
					.hits())
			.extracting(SearchHit::title)
			.containsExactly("Ta fram förslag på organisation, budget och <mark>projektplan</mark> för Fritidsbanken");
	}

	@Test
	void whatPeopleTypeCannotBreakTheQueryOrThePage() {
		assertThat(search("'); DROP TABLE search_document; --", null).hits()).isEmpty();
		assertThat(search("& | ! :*", null).hits()).isEmpty();
		assertThat(search("\"", null).total()).isZero();
	}

	@Test
	void newMinutesAreFoundOnceSaved() {
		long item = minutes.addAgendaItem(demo.nextGug(), "Utegymmen", null, null, null);
		minutes.saveNotes(item, "Stadsbyggnadsförvaltningen visar <script>alert(1)</script> hur gymmen används.");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search("gymmen", users.user("medlem")).hits()).anySatisfy(hit -> {
				assertThat(hit.title()).isEqualTo("Utegymmen");
				assertThat(hit.snippet()).contains("<mark>gymmen</mark>").doesNotContain("<script");
			}));
	}

	private SearchResults search(String text, SamskapaUser viewer) {
		return search(SearchQuery.of(text), viewer);
	}

	private SearchResults search(SearchQuery query, SamskapaUser viewer) {
		return search.search(query, viewer);
	}

	private static List<String> titles(SearchResults results) {
		return results.hits().stream().map(hit -> hit.title().replace("<mark>", "").replace("</mark>", "")).toList();
	}

}
