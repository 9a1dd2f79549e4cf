package se.samskapa.directory.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AffiliationView;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SamskapaTest
@Transactional
class PeopleControllerTests extends AbstractEndpointAccessTests {

	@Autowired
	DirectoryManagement directory;

	static Stream<String> endpoints() {
		return Stream.of("GET /katalog/personer", "GET /katalog/personer/ny",
				"POST /katalog/personer fullName=Ny Person", "GET /katalog/personer/{person}",
				"POST /katalog/personer/{person}/namn fullName=Carina Bech",
				"POST /katalog/personer/{person}/alias alias=Cissi",
				"POST /katalog/personer/{person}/alias/ta-bort alias=Cissi",
				"POST /katalog/personer/{person}/tillhorighet title=mentor&validFrom=2024-01-01",
				"POST /katalog/personer/{person}/tillhorighet/ta-bort organisationId={bryggan}",
				"POST /katalog/personer/{person}/sammanfoga duplicateId={duplicate}");
	}

	@Test
	void withoutSearchEveryoneIsListedInSwedishOrder() {
		// Other tests in the same context add people; the count is whatever the directory
		// holds now.
		int everyone = directory.people().size();
		assertThat(mvc.get().uri("/katalog/personer").with(users.coordinator())).hasStatusOk()
			.bodyText()
			.contains(everyone + " personer", "Bosse", "href=\"/katalog/organisationer\"")
			.containsSubsequence("Allan Hedman", "Carina Bech Sörensen", "Carina Sörensen", "Thomas Naujocks",
					"Åke Malmén");
	}

	@Test
	void searchFindsPeopleByAnotherName() {
		assertThat(mvc.get().uri("/katalog/personer").param("q", "Bosse").with(users.coordinator())).hasStatusOk()
			.bodyText()
			.contains("Bo Pettersson", "1 träff för ”Bosse”")
			.doesNotContain("Allan Hedman");
	}

	@Test
	void htmxSearchGetsOnlyTheResults() {
		assertThat(mvc.get()
			.uri("/katalog/personer")
			.param("q", "carina")
			.header("HX-Request", "true")
			.with(users.coordinator())).hasStatusOk()
			.bodyText()
			.contains("id=\"people-results\"", "Carina Sörensen")
			.doesNotContain("<html", "Allan Hedman");
	}

	@Test
	void addsAPerson() {
		MvcTestResult result = mvc.post()
			.uri("/katalog/personer")
			.param("fullName", "  Sara Lind ")
			.with(users.coordinator())
			.with(csrf())
			.exchange();
		PersonView created = directory.searchPeople("Sara Lind", 1).get(0);
		assertThat(created.fullName()).isEqualTo("Sara Lind");
		assertThat(result).hasRedirectedUrl("/katalog/personer/" + created.id());
		assertThat(result).flash().containsEntry("message", "person.created");
	}

	@Test
	void aPersonNeedsAName() {
		int before = directory.people().size();
		assertThat(mvc.post().uri("/katalog/personer").param("fullName", " ").with(users.coordinator()).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Skriv personens namn.", "aria-describedby=\"fullName-error\"");
		assertThat(directory.people()).hasSize(before);
	}

	@Test
	void thePersonPageShowsNamesAndAffiliationsOverTime() {
		assertThat(mvc.get().uri("/katalog/personer/" + personId("Allan Hedman")).with(users.coordinator()))
			.hasStatusOk()
			.bodyText()
			.contains("brukarmentor", "1 september 2015 – 30 juni 2016", "projektledare Fritidsbanken",
					"sedan 1 februari 2017", "socialförvaltningen");
	}

	@Test
	void renamingKeepsTheOldNameAsAnotherName() {
		long carina = personId("Carina Sörensen");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + carina + "/namn")
			.param("fullName", "Carina S. Sörensen")
			.with(users.coordinator())
			.with(csrf())).hasRedirectedUrl("/katalog/personer/" + carina);
		PersonView renamed = person(carina);
		assertThat(renamed.fullName()).isEqualTo("Carina S. Sörensen");
		assertThat(renamed.aliases()).contains("Carina Sörensen");
	}

	@Test
	void addsAndRemovesAnotherName() {
		long bo = personId("Bo Pettersson");
		mvc.post()
			.uri("/katalog/personer/" + bo + "/alias")
			.param("alias", "Bo P")
			.with(users.coordinator())
			.with(csrf())
			.exchange();
		assertThat(person(bo).aliases()).containsExactlyInAnyOrder("Bosse", "Bo P");
		mvc.post()
			.uri("/katalog/personer/" + bo + "/alias/ta-bort")
			.param("alias", "Bosse")
			.with(users.coordinator())
			.with(csrf())
			.exchange();
		assertThat(person(bo).aliases()).containsExactly("Bo P");
	}

	@Test
	void anEmptyAliasIsExplained() {
		long bo = personId("Bo Pettersson");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + bo + "/alias")
			.param("alias", "")
			.with(users.coordinator())
			.with(csrf())).hasStatusOk().bodyText().contains("Skriv namnet du vill lägga till.");
		assertThat(person(bo).aliases()).containsExactly("Bosse");
	}

	@Test
	void addsAnAffiliationWithAPeriod() {
		long ia = personId("Ia Jonsson");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + ia + "/tillhorighet")
			.param("organisationId", String.valueOf(organisationId("G7")))
			.param("title", "brukarutvecklare")
			.param("validFrom", "2024-01-01")
			.param("validTo", "2024-12-31")
			.with(users.coordinator())
			.with(csrf())).hasRedirectedUrl("/katalog/personer/" + ia);
		assertThat(person(ia).affiliations()).containsExactly(new AffiliationView(organisationId("G7"), "G7",
				"brukarutvecklare", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
	}

	@Test
	void anAffiliationNeedsAnOrganisationOrARoleAndAPeriodInOrder() {
		long ia = personId("Ia Jonsson");
		MvcTestResult result = mvc.post()
			.uri("/katalog/personer/" + ia + "/tillhorighet")
			.param("title", "")
			.param("validFrom", "2024-06-01")
			.param("validTo", "2024-01-01")
			.with(users.coordinator())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Välj en organisation eller skriv en roll.", "Slutdatumet kan inte vara före startdatumet.",
					"value=\"2024-06-01\"");
		assertThat(person(ia).affiliations()).isEmpty();
	}

	@Test
	void aDateThatIsNotADateIsExplained() {
		long ia = personId("Ia Jonsson");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + ia + "/tillhorighet")
			.param("title", "mentor")
			.param("validFrom", "förra våren")
			.with(users.coordinator())
			.with(csrf())).hasStatusOk().bodyText().contains("Skriv datumet som år-månad-dag");
		assertThat(person(ia).affiliations()).isEmpty();
	}

	@Test
	void removesAnAffiliation() {
		long allan = personId("Allan Hedman");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + allan + "/tillhorighet/ta-bort")
			.param("title", "mentor")
			.param("validFrom", "2016-07-01")
			.with(users.coordinator())
			.with(csrf())).hasRedirectedUrl("/katalog/personer/" + allan);
		assertThat(person(allan).affiliations()).extracting(AffiliationView::title)
			.containsExactly("brukarmentor", "projektledare Fritidsbanken");
	}

	@Test
	void anUnknownPersonIsNotFound() {
		assertThat(mvc.get().uri("/katalog/personer/999999").with(users.coordinator())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Override
	boolean openToCoordinators() {
		return true;
	}

	@Override
	String redirectPrefix() {
		return "/katalog/personer/";
	}

	@Override
	Map<String, Long> ids() {
		return Map.of("person", personId("Carina Sörensen"), "duplicate", personId("Carina Bech Sörensen"), "bryggan",
				organisationId("Bryggan"));
	}

	private PersonView person(long id) {
		return directory.person(id).orElseThrow();
	}

	private long personId(String fullName) {
		return directory.people().stream().filter(p -> p.fullName().equals(fullName)).findFirst().orElseThrow().id();
	}

	private long organisationId(String name) {
		return directory.findOrganisation(name).orElseThrow().id();
	}

}
