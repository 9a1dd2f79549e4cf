package se.samskapa.directory.web;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.OrganisationKind;
import se.samskapa.directory.OrganisationView;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SamskapaTest
@Transactional
class OrganisationsControllerTests extends AbstractEndpointAccessTests {

	@Autowired
	DirectoryManagement directory;

	static Stream<String> endpoints() {
		return Stream.of("GET /katalog/organisationer", "GET /katalog/organisationer/ny",
				"POST /katalog/organisationer name=Fritidsbanken&kind=OTHER&aliases=FB",
				"GET /katalog/organisationer/{organisation}",
				"POST /katalog/organisationer/{organisation} name=Bryggan&kind=USER_ORGANISATION&aliases=");
	}

	@Test
	void listShowsNamesShortNamesKindsAndAliases() {
		assertThat(mvc.get().uri("/katalog/organisationer").with(users.coordinator())).hasStatusOk()
			.bodyText()
			.contains("socialförvaltningen", "SOF", "Stadens förvaltning", "Brukarorganisation", "Fontänhuset Bryggan",
					"href=\"/katalog/personer\"");
	}

	@Test
	void addsAnOrganisationWithAliases() {
		MvcTestResult result = mvc.post()
			.uri("/katalog/organisationer")
			.param("name", "Fritidsbanken")
			.param("shortName", "")
			.param("kind", "OTHER")
			.param("aliases", "FB, , fb,Fritidsbanken Helsingborg")
			.with(users.coordinator())
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/katalog/organisationer");
		assertThat(result).flash().containsEntry("message", "organisation.created");
		OrganisationView created = directory.findOrganisation("FB").orElseThrow();
		assertThat(created.name()).isEqualTo("Fritidsbanken");
		assertThat(created.shortName()).isNull();
		assertThat(created.kind()).isEqualTo(OrganisationKind.OTHER);
		assertThat(created.aliases()).containsExactlyInAnyOrder("FB", "Fritidsbanken Helsingborg");
	}

	@Test
	void missingNameAndKindAreExplainedAndWhatWasTypedIsKept() {
		int before = directory.organisations().size();
		assertThat(mvc.post()
			.uri("/katalog/organisationer")
			.param("name", "")
			.param("aliases", "Lånebanken")
			.with(users.coordinator())
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Skriv organisationens namn.", "Välj vad det är för slags organisation.",
					valueAttribute("Lånebanken"));
		assertThat(directory.organisations()).hasSize(before);
	}

	@Test
	void aNameAnotherOrganisationAnswersToIsRefused() {
		assertThat(mvc.post()
			.uri("/katalog/organisationer")
			.param("name", "Nya Bryggan")
			.param("kind", "USER_ORGANISATION")
			.param("aliases", "sof")
			.with(users.coordinator())
			.with(csrf())).hasStatusOk().bodyText().contains("Namnet ”sof” används redan av socialförvaltningen.");
		assertThat(directory.findOrganisation("Nya Bryggan")).isEmpty();
	}

	@Test
	void theEditFormShowsTheAliasesAsOneField() {
		assertThat(mvc.get()
			.uri("/katalog/organisationer/" + directory.findOrganisation("SOF").orElseThrow().id())
			.with(users.coordinator())).hasStatusOk()
			.bodyText()
			.contains(valueAttribute("socialförvaltningen"), valueAttribute("SOF"),
					valueAttribute("Socialförvaltningen i Helsingborg"));
	}

	@Test
	void editChangesNameShortNameKindAndAliases() {
		long bryggan = organisationId("Bryggan");
		assertThat(mvc.post()
			.uri("/katalog/organisationer/" + bryggan)
			.param("name", "Fontänhuset Bryggan")
			.param("shortName", "FB")
			.param("kind", "VOLUNTARY_ORGANISATION")
			.param("aliases", "Bryggan, Klubbhuset")
			.with(users.coordinator())
			.with(csrf())).hasRedirectedUrl("/katalog/organisationer");
		OrganisationView changed = directory.organisation(bryggan).orElseThrow();
		assertThat(changed.name()).isEqualTo("Fontänhuset Bryggan");
		assertThat(changed.shortName()).isEqualTo("FB");
		assertThat(changed.kind()).isEqualTo(OrganisationKind.VOLUNTARY_ORGANISATION);
		assertThat(changed.aliases()).containsExactlyInAnyOrder("Bryggan", "Klubbhuset");
	}

	@Test
	void anEditCannotTakeAnotherOrganisationsName() {
		long bryggan = organisationId("Bryggan");
		assertThat(mvc.post()
			.uri("/katalog/organisationer/" + bryggan)
			.param("name", "Ria")
			.param("kind", "USER_ORGANISATION")
			.with(users.coordinator())
			.with(csrf())).hasStatusOk().bodyText().contains("Namnet ”Ria” används redan av Ria.");
		assertThat(directory.organisation(bryggan).orElseThrow().name()).isEqualTo("Bryggan");
	}

	@Test
	void anUnknownOrganisationIsNotFound() {
		assertThat(mvc.get().uri("/katalog/organisationer/999999").with(users.coordinator()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefused() {
		assertThat(mvc.post()
			.uri("/katalog/organisationer")
			.param("name", "Utan token")
			.param("kind", "OTHER")
			.with(users.coordinator())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(directory.findOrganisation("Utan token")).isEmpty();
	}

	/**
	 * A form field's value as Thymeleaf writes it, with letters such as ö as entities.
	 */
	private static String valueAttribute(String value) {
		return "value=\"" + HtmlUtils.htmlEscape(value) + "\"";
	}

	@Override
	boolean openToCoordinators() {
		return true;
	}

	@Override
	String redirectPrefix() {
		return "/katalog/organisationer";
	}

	@Override
	Map<String, Long> ids() {
		return Map.of("organisation", organisationId("Bryggan"));
	}

	private long organisationId(String name) {
		return directory.findOrganisation(name).orElseThrow().id();
	}

}
