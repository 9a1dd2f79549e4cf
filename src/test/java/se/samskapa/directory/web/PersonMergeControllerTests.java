package se.samskapa.directory.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AffiliationView;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Merging the demo's deliberate duplicate: "Carina Sörensen" into "Carina Bech Sörensen".
 * Who may merge is tested with the other person endpoints in
 * {@link PeopleControllerTests}.
 */
@SamskapaTest
@Transactional
class PersonMergeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DirectoryManagement directory;

	@Test
	void thePersonPageOffersSimilarNamesFirstAndAsksBeforeMerging() {
		assertThat(mvc.get().uri("/katalog/personer/" + personId("Carina Bech Sörensen")).with(users.coordinator()))
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("label=\"Liknande namn\"", "Carina Sörensen", "label=\"Alla andra\"")
			.contains("data-confirm=\"Slå ihop den valda personen med Carina Bech Sörensen? Det går inte att ångra.\"",
					"Dubblettens namn och andra namn blir andra namn för Carina Bech Sörensen");
	}

	@Test
	void mergeMovesNamesAndHistoryAndMarksTheDuplicate() {
		long survivor = personId("Carina Bech Sörensen");
		long duplicate = personId("Carina Sörensen");
		directory.addAlias(duplicate, "Cissi");
		directory.addAffiliation(duplicate, null, "brukarutvecklare", LocalDate.of(2024, 1, 1), null);

		MvcTestResult result = mvc.post()
			.uri("/katalog/personer/" + survivor + "/sammanfoga")
			.param("duplicateId", String.valueOf(duplicate))
			.with(users.coordinator())
			.with(csrf())
			.exchange();

		assertThat(result).hasRedirectedUrl("/katalog/personer/" + survivor);
		assertThat(result).flash().containsEntry("message", "person.merge.done");
		PersonView merged = person(survivor);
		assertThat(merged.fullName()).isEqualTo("Carina Bech Sörensen");
		assertThat(merged.aliases()).contains("Carina Sörensen", "Cissi");
		assertThat(merged.affiliations()).extracting(AffiliationView::title).contains("brukarutvecklare");
		assertThat(person(duplicate).mergedIntoId()).isEqualTo(survivor);
		assertThat(directory.people()).extracting(PersonView::id).doesNotContain(duplicate);
	}

	@Test
	void theDuplicatesPageSaysItWasMergedAndLinksToTheSurvivor() {
		long survivor = personId("Carina Bech Sörensen");
		long duplicate = personId("Carina Sörensen");
		directory.merge(survivor, duplicate, "test");
		assertThat(mvc.get().uri("/katalog/personer/" + duplicate).with(users.coordinator())).hasStatusOk()
			.bodyText()
			.contains("är sammanslagen med en annan", "href=\"/katalog/personer/" + survivor + "\"",
					"Gå till Carina Bech Sörensen")
			.doesNotContain("/sammanfoga", "/namn\"");
	}

	@Test
	void aMergedRecordCannotBeChanged() {
		long survivor = personId("Carina Bech Sörensen");
		long duplicate = personId("Carina Sörensen");
		directory.merge(survivor, duplicate, "test");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + duplicate + "/alias")
			.param("alias", "Cissi")
			.with(users.coordinator())
			.with(csrf())).hasStatus(HttpStatus.CONFLICT);
		assertThat(person(duplicate).aliases()).doesNotContain("Cissi");
	}

	@Test
	void aPersonCannotBeMergedWithThemselves() {
		long carina = personId("Carina Sörensen");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + carina + "/sammanfoga")
			.param("duplicateId", String.valueOf(carina))
			.with(users.coordinator())
			.with(csrf())).hasStatusOk().bodyText().contains("En person kan inte slås ihop med sig själv.");
		assertThat(person(carina).mergedIntoId()).isNull();
	}

	@Test
	void mergingNeedsAChosenDuplicate() {
		long carina = personId("Carina Sörensen");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + carina + "/sammanfoga")
			.param("duplicateId", "")
			.with(users.coordinator())
			.with(csrf())).hasStatusOk().bodyText().contains("Välj den person som är en dubblett.", "<details open");
	}

	@Test
	void aMergeWithoutCsrfTokenIsRefused() {
		long survivor = personId("Carina Bech Sörensen");
		long duplicate = personId("Carina Sörensen");
		assertThat(mvc.post()
			.uri("/katalog/personer/" + survivor + "/sammanfoga")
			.param("duplicateId", String.valueOf(duplicate))
			.with(users.coordinator())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(person(duplicate).mergedIntoId()).isNull();
	}

	private PersonView person(long id) {
		return directory.person(id).orElseThrow();
	}

	private long personId(String fullName) {
		return directory.searchPeople(fullName, 1).get(0).id();
	}

}
