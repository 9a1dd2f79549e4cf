package se.samskapa.meetings;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading: the start page, groups, minutes and their exports, for the public and for
 * members, and the refusals (drafts are for the group's members only).
 */
@SamskapaTest
@Transactional
@Import(DemoMeetings.class)
class MeetingPagesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoMeetings demo;

	@Test
	void startPageShowsGroupsNextMeetingsAndLatestMinutesToEveryone() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Senaste protokollen"), containsString("Kommande möten"),
					containsString("Ledningsgrupp för utveckling"), containsString("Klarspråksgruppen"),
					containsString("torsdag 26 november kl. 10.00"), not(containsString("Dina åtgärder")))));
	}

	@Test
	void startPageShowsTheLoggedInPersonsOwnOpenActions() throws Exception {
		mvc.perform(get("/").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dina åtgärder"),
					containsString("Ordna kopia på uppgifterna i klarspråksgruppen till brygganmejlen"))));
	}

	@Test
	void publishedMinutesArePublic() throws Exception {
		mvc.perform(get("/moten/{id}", demo.seed000()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gemensam utvecklingsgrupp"),
					containsString("7 mars 2026"), containsString("Avstämningshalvdag"),
					containsString("Herbert Tinz, Bryggan"), containsString("Allan Hedman, brukarmentor"),
					containsString("Vid pennan"), containsString("David Bergström"),
					containsString("gemensam (något längre) presentation, samtal i grupper"))));
	}

	@Test
	void publishedMinutesKeepTheNumberingOfAnOrderedListThatStartsAtThree() throws Exception {
		mvc.perform(get("/moten/{id}", demo.seed000())).andExpect(content().string(containsString("<ol start=\"3\">")));
	}

	/** Every page that shows a meeting's minutes, in any form. */
	static Stream<String> minutesPages() {
		return Stream.of("/moten/{id}", "/moten/{id}/protokoll.pdf", "/moten/{id}/protokoll.md",
				"/moten/{id}/versioner", "/moten/{id}/versioner/1");
	}

	@ParameterizedTest
	@MethodSource("minutesPages")
	void draftMinutesSendTheAnonymousVisitorToTheLoginPage(String page) throws Exception {
		mvc.perform(get(page, demo.nextLg())).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@MethodSource("minutesPages")
	void draftMinutesAreRefusedToAMemberOfAnotherGroup(String page) throws Exception {
		// Herbert Tinz is in Gemensam utvecklingsgrupp, not in the Ledningsgrupp.
		mvc.perform(get(page, demo.nextLg()).with(users.member())).andExpect(status().isForbidden());
	}

	@Test
	void draftMinutesAreShownToTheGroupsMembersMarkedAsDraft() throws Exception {
		mvc.perform(get("/moten/{id}", demo.nextGug()).with(users.member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Utkast"),
					containsString("Fritidsbanken: hur kan brukarorganisationerna bidra med personal?"))));
	}

	@Test
	void minutesExportAsMarkdown() throws Exception {
		mvc.perform(get("/moten/{id}/protokoll.md", demo.seed000()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/markdown"))
			.andExpect(header().string("Content-Disposition",
					containsString("protokoll-gemensam-utvecklingsgrupp-2026-03-07.md")))
			.andExpect(content().string(allOf(startsWith("# Gemensam utvecklingsgrupp 7 mars 2026"),
					containsString("## Närvarande"), containsString("- Bent Nielsen, IFS"),
					containsString("## 1. Avstämningshalvdag"), containsString("**Beslut:**"),
					containsString(
							"Presentation om Sip på avstämningshalvdagen – Åke Malmén, Lina Håkansson, senast 16 maj 2026"),
					containsString("**Vid pennan:** David Bergström"))));
	}

	@Test
	void minutesExportAsPdf() throws Exception {
		mvc.perform(get("/moten/{id}/protokoll.pdf", demo.seed000()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().string(startsWith("%PDF-")));
	}

	@Test
	void publishedMinutesListTheirVersions() throws Exception {
		mvc.perform(get("/moten/{id}/versioner", demo.seed000()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Version 1")));
		mvc.perform(get("/moten/{id}/versioner/1", demo.seed000()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avstämningshalvdag")));
	}

	@Test
	void aMissingMeetingIsA404InSwedishWithoutAStackTrace() throws Exception {
		mvc.perform(get("/moten/999999").with(users.coordinator()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Sidan finns inte"), not(containsString("Exception")))));
		mvc.perform(get("/moten/inte-ett-nummer").with(users.coordinator())).andExpect(status().isNotFound());
	}

	@Test
	void groupPageShowsRuleMembersAndMinutesButNoPrepareButtonToThePublic() throws Exception {
		mvc.perform(get("/grupper/ledningsgrupp-for-utveckling"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Träffas torsdagar jämna veckor kl. 10.00–12.00"),
					containsString("Leif Redestig"), containsString("Ordförande"), containsString("20 februari 2026"),
					not(containsString("Förbered mötet")))));
	}

	@Test
	void groupPageOffersToPrepareMeetingsToTheCoordinator() throws Exception {
		mvc.perform(get("/grupper/ledningsgrupp-for-utveckling").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Förbered mötet"), containsString("Nytt möte"))));
	}

	@Test
	void groupPageListsDraftsOnlyToMembers() throws Exception {
		String march13 = "/moten/" + demo.gugMarch13();
		mvc.perform(get("/grupper/gemensam-utvecklingsgrupp"))
			.andExpect(content().string(not(containsString(march13 + "\""))));
		mvc.perform(get("/grupper/gemensam-utvecklingsgrupp").with(users.member()))
			.andExpect(content().string(containsString(march13 + "\"")));
	}

	@Test
	void unknownGroupIs404() throws Exception {
		mvc.perform(get("/grupper/finns-inte")).andExpect(status().isNotFound());
	}

	@Test
	void groupsPageListsStandingAndWorkingGroups() throws Exception {
		mvc.perform(get("/grupper"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Stående grupper"), containsString("Arbetsgrupper"),
					containsString("Mentorsgruppen"))));
	}

	@Test
	void pagesAreInEnglishOnRequest() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Latest minutes"), containsString("lang=\"en\""))));
	}

}
