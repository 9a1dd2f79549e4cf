package se.samskapa.meetings;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Action items: given in the editor, followed up at the next meeting, listed across
 * groups with filters and as CSV, and marked done by their owners.
 */
@SamskapaTest
@Transactional
@Import(DemoMeetings.class)
class ActionsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoMeetings demo;

	@Autowired
	MeetingReader reader;

	@Autowired
	ActionItemManagement actions;

	@Autowired
	DirectoryManagement directory;

	@Test
	void anActionDueTillNextMeetingGetsTheNextMeetingsDate() throws Exception {
		long meeting = demo.nextLg();
		long item = reader.details(meeting).followUpItem().orElseThrow().id();
		long leif = directory.searchPeople("Leif Redestig", 1).get(0).id();
		mvc.perform(
				post("/moten/{id}/punkter/{item}/atgarder", meeting, item).param("what", "Boka lokal för hälsodagen")
					.param("ownerPersonIds", String.valueOf(leif))
					.param("dueKind", "NEXT_MEETING")
					.header("HX-Request", "true")
					.with(users.coordinator())
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Boka lokal för hälsodagen")))
			// The form is empty again, ready for the next action.
			.andExpect(content().string(not(containsString("value=\"Boka lokal f"))));
		ActionItemView action = actions.ofMeeting(meeting)
			.stream()
			.filter(a -> a.what().equals("Boka lokal för hälsodagen"))
			.findFirst()
			.orElseThrow();
		// The Ledningsgrupp meets on Thursdays in even weeks: 26 November, then 10
		// December.
		assertThat(action.due()).isEqualTo(Due.nextMeeting(LocalDate.of(2026, 12, 10)));
		assertThat(action.ownerNames()).isEqualTo("Leif Redestig");
	}

	@Test
	void anActionWithoutWhatOrDateIsExplainedAndTheFormKept() throws Exception {
		long meeting = demo.nextLg();
		long item = reader.details(meeting).followUpItem().orElseThrow().id();
		mvc.perform(post("/moten/{id}/punkter/{item}/atgarder", meeting, item).param("what", "Skicka inbjudan")
			.param("dueKind", "DATE")
			.param("ownerLabel", "gruppen")
			.header("HX-Request", "true")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(content().string(allOf(containsString("Välj ett datum."),
					containsString("value=\"Skicka inbjudan\""), containsString("value=\"gruppen\""))));
		assertThat(actions.ofMeeting(meeting)).isEmpty();
	}

	@Test
	void followUpMarksDoneCarriesOverAndDropsWithANote() throws Exception {
		long meeting = demo.nextLg();
		List<ActionItemView> followUps = reader.details(meeting).followUps();
		assertThat(followUps).extracting(ActionItemView::what)
			.contains("Ha ett lokalprogram färdigt till nästa möte",
					"Bjuda in brukare till workshopen Invånare som medskapare");
		long done = followUps.get(0).id();
		long carried = followUps.get(1).id();
		long dropped = followUps.get(2).id();

		mvc.perform(post("/moten/{id}/uppfoljning/{a}", meeting, done).param("outcome", "done")
			.header("HX-Request", "true")
			.with(users.coordinator())
			.with(csrf())).andExpect(content().string(containsString("Markerad som klar på det här mötet.")));
		mvc.perform(post("/moten/{id}/uppfoljning/{a}", meeting, carried).param("outcome", "carry")
			.param("newDueKind", "DATE")
			.param("newDueDate", "2027-01-14")
			.with(users.coordinator())
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/moten/{id}/uppfoljning/{a}", meeting, dropped).param("outcome", "drop")
			.param("note", "")
			.with(users.coordinator())
			.with(csrf())).andExpect(flash().attribute("problem", "action.drop.note.required"));
		mvc.perform(post("/moten/{id}/uppfoljning/{a}", meeting, dropped).param("outcome", "drop")
			.param("note", "Frågan ligger nu hos stadsledningen")
			.with(users.coordinator())
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(actions.find(done).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
		ActionItemView carriedOver = actions.find(carried).orElseThrow();
		assertThat(carriedOver.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(carriedOver.due().date()).isEqualTo(LocalDate.of(2027, 1, 14));
		assertThat(carriedOver.history()).extracting(ActionEventView::kind)
			.containsExactly(ActionEventKind.CREATED, ActionEventKind.CARRIED_OVER);
		ActionItemView droppedAction = actions.find(dropped).orElseThrow();
		assertThat(droppedAction.status()).isEqualTo(ActionStatus.DROPPED);
		assertThat(droppedAction.outcomeAt(meeting).orElseThrow().note())
			.isEqualTo("Frågan ligger nu hos stadsledningen");
		// The minutes record the outcome of each follow-up.
		assertThat(reader.markdown(meeting)).contains("– Klar", "– Flyttad till 14 januari 2027",
				"– Struken: Frågan ligger nu hos stadsledningen");
	}

	@Test
	void allOpenActionsAreForLoggedInUsersWithOverdueFirst() throws Exception {
		mvc.perform(get("/atgarder")).andExpect(redirectedUrl("/login"));
		String page = mvc.perform(get("/atgarder").with(users.member()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Försenad");
		// "Skriva ihop ett informationsbrev" was due 2 November; "Bjuda in
		// arbetsmarknadsdirektören" has no date.
		assertThat(page.indexOf("Skriva ihop ett informationsbrev")).isPositive()
			.isLessThan(page.indexOf("Bjuda in arbetsmarknadsdirektören"));
	}

	@Test
	void openActionsFilterByGroupOwnerOrganisationAndOverdue() {
		long gug = demo.group(DemoMeetings.GUG).id();
		long david = directory.searchPeople("David Bergström", 1).get(0).id();
		long sof = directory.findOrganisation("SOF").orElseThrow().id();
		assertThat(actions.open(new ActionFilter(gug, null, null, false))).allMatch(a -> a.groupId() == gug)
			.isNotEmpty();
		assertThat(actions.open(new ActionFilter(null, david, null, false))).allMatch(a -> a.ownedBy(david))
			.extracting(ActionItemView::what)
			.contains("Ordna kopia på uppgifterna i klarspråksgruppen till brygganmejlen");
		// Owned by socialförvaltningen itself, or by someone working there now.
		assertThat(actions.open(new ActionFilter(null, null, sof, false))).extracting(ActionItemView::what)
			.contains("Kolla planeringen kring samhällsbyggarna och kalla till ett ledningsmöte",
					"Stötta Allan i arbetet med Fritidsbanken");
		assertThat(actions.open(new ActionFilter(null, null, null, true)))
			.allMatch(a -> a.due().date() != null && a.due().date().isBefore(LocalDate.of(2026, 11, 22)));
	}

	@Test
	void openActionsExportAsCsvWithFilters() throws Exception {
		long gug = demo.group(DemoMeetings.GUG).id();
		String csv = mvc.perform(get("/atgarder.csv").param("grupp", String.valueOf(gug)).with(users.member()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\ufeffÅtgärd;Ansvarig;Klart senast;");
		assertThat(csv).contains("Skriva ihop ett informationsbrev", "socialförvaltningen")
			.doesNotContain("Ha ett lokalprogram färdigt");
	}

	@Test
	void theOwnerMarksTheirActionDoneAndOthersAreRefused() throws Exception {
		ActionItemView davids = actions.open(ActionFilter.ALL)
			.stream()
			.filter(a -> a.what().startsWith("Ordna kopia"))
			.findFirst()
			.orElseThrow();
		mvc.perform(
				post("/atgarder/{id}/status", davids.id()).param("outcome", "done").with(users.member()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/atgarder/{id}/status", davids.id()).param("outcome", "done")
			.param("back", "mina-sidor")
			.with(users.coordinator())
			.with(csrf())).andExpect(flash().attribute("message", "action.updated"));
		assertThat(actions.find(davids.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
	}

	@Test
	void anActionPageShowsItsHistory() throws Exception {
		ActionItemView done = actions.ofMeeting(demo.seed000()).get(0);
		mvc.perform(get("/atgarder/{id}", done.id()).with(users.member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Historik"), containsString("Beslutad"),
					containsString("Klar"), not(containsString("Flytta fram")))));
	}

	@Test
	void carryingOverToADateInThePastIsRefused() throws Exception {
		ActionItemView open = actions.ofPerson(directory.searchPeople("David Bergström", 1).get(0).id(), true).get(0);
		mvc.perform(post("/atgarder/{id}/status", open.id()).param("outcome", "carry")
			.param("newDueDate", "2026-01-01")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Det nya slutdatumet har redan passerat.")));
	}

}
