package se.samskapa.meetings;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing minutes during the meeting: the editor, attendance, notes with autosave,
 * decisions and items, and who may do it.
 */
@SamskapaTest
@Transactional
@Import(DemoMeetings.class)
class MinutesEditorControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoMeetings demo;

	@Autowired
	MeetingReader reader;

	@Autowired
	DirectoryManagement directory;

	@Test
	void theEditorIsForThoseWhoWriteTheGroupsMinutes() throws Exception {
		long meeting = demo.nextLg();
		mvc.perform(get("/moten/{id}/skriv", meeting)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/moten/{id}/skriv", meeting).with(users.member())).andExpect(status().isForbidden());
		// A member of the group who is neither chair nor note-taker reads but does not
		// write.
		mvc.perform(get("/moten/{id}/skriv", meeting).with(users.person("Gösta Strand")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/moten/{id}/skriv", meeting).with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Närvaro"), containsString("Uppföljning"),
					containsString("Ha ett lokalprogram färdigt till nästa möte"))));
		mvc.perform(get("/moten/{id}/skriv", meeting).with(users.person("Leif Redestig"))).andExpect(status().isOk());
	}

	@Test
	void attendanceIsOneClickPerPersonAndHtmxGetsTheRowBack() throws Exception {
		long meeting = demo.nextLg();
		long gosta = personId("Gösta Strand");
		mvc.perform(post("/moten/{id}/narvaro", meeting).param("personId", String.valueOf(gosta))
			.param("status", "ABSENT_WITH_NOTICE")
			.header("HX-Request", "true")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Gösta Strand"), containsString("id=\"att-" + gosta + "-ABSENT_WITH_NOTICE\""),
							containsString("aria-pressed=\"true\""))));
		assertThat(reader.details(meeting).absent()).extracting(AttendanceView::name).containsExactly("Gösta Strand");
		assertThat(reader.details(meeting).absent().get(0).organisation()).isEqualTo("arbetsmarknadsförvaltningen");
	}

	@Test
	void attendanceWithoutJavaScriptRedirectsBackToTheRoster() throws Exception {
		mvc.perform(post("/moten/{id}/narvaro", demo.nextLg()).param("personId", String.valueOf(personId("Ia Jonsson")))
			.param("status", "PRESENT")
			.with(users.coordinator())
			.with(csrf())).andExpect(redirectedUrl("/moten/" + demo.nextLg() + "/skriv#narvaro"));
		assertThat(reader.details(demo.nextLg()).present()).extracting(AttendanceView::name).contains("Ia Jonsson");
	}

	@Test
	void changesNeedTheCsrfTokenAndTheRightRole() throws Exception {
		long meeting = demo.nextLg();
		mvc.perform(post("/moten/{id}/narvaro", meeting).param("personId", "1")
			.param("status", "PRESENT")
			.with(users.coordinator())).andExpect(status().isForbidden());
		mvc.perform(post("/moten/{id}/narvaro", meeting).param("personId", "1")
			.param("status", "PRESENT")
			.with(users.member())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/moten/{id}/punkter", meeting).param("title", "Smuggel").with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aGuestIsAddedByNameAndBecomesAPersonWhenUnknown() throws Exception {
		long meeting = demo.nextLg();
		mvc.perform(post("/moten/{id}/gaster", meeting).param("name", "Jesper Theander")
			.param("organisationLabel", "arbetsmarknadsdirektör")
			.with(users.coordinator())
			.with(csrf())).andExpect(flash().attribute("message", "attendance.guest.added"));
		AttendanceView guest = reader.details(meeting)
			.present()
			.stream()
			.filter(AttendanceView::guest)
			.findFirst()
			.orElseThrow();
		assertThat(guest.label()).isEqualTo("Jesper Theander, arbetsmarknadsdirektör");
		assertThat(directory.searchPeople("Jesper Theander", 5)).hasSize(1);
	}

	@Test
	void notesAreSavedByAutosaveAndAnswerWithTheTime() throws Exception {
		long meeting = demo.nextLg();
		long item = addItem(meeting, "Fritidsbanken");
		mvc.perform(post("/moten/{id}/punkter/{item}/anteckningar", meeting, item)
			.param("notes", "Lokalen på N Kyrkogatan är **ledig** från 1 februari.")
			.header("HX-Request", "true")
			.with(users.coordinator())
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Sparat kl. 10.00")));
		assertThat(item(meeting, item).notes()).isEqualTo("Lokalen på N Kyrkogatan är **ledig** från 1 februari.");
	}

	@Test
	void publishedMinutesCannotBeEditedHereAndSayWhyInSwedish() throws Exception {
		long meeting = demo.seed000();
		long item = reader.details(meeting).regularItems().get(0).id();
		mvc.perform(post("/moten/{id}/punkter/{item}/anteckningar", meeting, item).param("notes", "Ändrat i efterhand")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Protokollet är inte ett utkast längre")));
		assertThat(item(meeting, item).notes()).startsWith("Förslaget på dag är 16 maj.");
	}

	@Test
	void anItemWithoutTitleIsRefusedAndTheRestOfTheFormIsKept() throws Exception {
		mvc.perform(post("/moten/{id}/punkter", demo.nextLg()).param("title", " ")
			.param("presenter", "Allan Hedman")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Skriv en rubrik för punkten."), containsString("value=\"Allan Hedman\""))));
	}

	@Test
	void itemsAreAddedMovedAndRemoved() throws Exception {
		long meeting = demo.nextLg();
		long first = addItem(meeting, "Lokalfrågan");
		long second = addItem(meeting, "Hälsodagen");
		mvc.perform(post("/moten/{id}/punkter/{item}/flytta", meeting, second).param("up", "true")
			.with(users.coordinator())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(reader.details(meeting).regularItems()).extracting(AgendaItemView::title)
			.containsExactly("Hälsodagen", "Lokalfrågan");
		mvc.perform(post("/moten/{id}/punkter/{item}/ta-bort", meeting, first).with(users.coordinator()).with(csrf()))
			.andExpect(flash().attribute("message", "agenda.removed"));
		assertThat(reader.details(meeting).regularItems()).extracting(AgendaItemView::title)
			.containsExactly("Hälsodagen");
	}

	@Test
	void aDecisionIsAddedInlineAndAnEmptyOneIsExplained() throws Exception {
		long meeting = demo.nextLg();
		long item = addItem(meeting, "Mötestider");
		mvc.perform(post("/moten/{id}/punkter/{item}/beslut", meeting, item)
			.param("text", "Mötet den 21 januari flyttas till den 22 januari")
			.header("HX-Request", "true")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mötet den 21 januari flyttas till den 22 januari")));
		mvc.perform(post("/moten/{id}/punkter/{item}/beslut", meeting, item).param("text", "")
			.header("HX-Request", "true")
			.with(users.coordinator())
			.with(csrf())).andExpect(content().string(containsString("Skriv vad som beslutades.")));
		assertThat(item(meeting, item).decisions()).extracting(DecisionView::text)
			.containsExactly("Mötet den 21 januari flyttas till den 22 januari");
		long decision = item(meeting, item).decisions().get(0).id();
		mvc.perform(post("/moten/{id}/beslut/{d}/ta-bort", meeting, decision).param("itemId", String.valueOf(item))
			.with(users.coordinator())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(item(meeting, item).decisions()).isEmpty();
	}

	@Test
	void anItemCanBeProposedForAnotherGroupsComingMeeting() throws Exception {
		long gug = demo.nextGug();
		mvc.perform(post("/moten/{id}/forslag", demo.nextLg()).param("target", "m:" + gug)
			.param("title", "Validering av brukaruppdrag")
			.with(users.coordinator())
			.with(csrf())).andExpect(flash().attribute("message", "agenda.proposal.sent"));
		AgendaItemView proposed = reader.details(gug)
			.regularItems()
			.stream()
			.filter(i -> i.title().equals("Validering av brukaruppdrag"))
			.findFirst()
			.orElseThrow();
		assertThat(proposed.proposedFromGroup()).isEqualTo("Ledningsgrupp för utveckling");
		assertThat(proposed.proposedFromMeetingId()).isEqualTo(demo.nextLg());
	}

	@Test
	void seed001sProposalsLandOnTheAgendaOfGemensamUtvecklingsgrupp13March() {
		assertThat(reader.details(demo.gugMarch13()).regularItems()).extracting(AgendaItemView::title)
			.containsExactly("Lokalfrågan som huvudtema", "Fritidsbanken har varit i Eslöv", "Hälsodagen/vårfest i maj",
					"Uppföljning av digitaliseringsfrukosten 7 mars");
		assertThat(reader.details(demo.gugMarch13()).regularItems().get(0).proposedFromMeetingId())
			.isEqualTo(demo.seed001());
	}

	@Test
	void theNoteTakerAndTheJusterareAreAppointed() throws Exception {
		long leif = personId("Leif Redestig");
		long gosta = personId("Gösta Strand");
		mvc.perform(post("/moten/{id}/roller", demo.nextLg()).param("noteTakerId", String.valueOf(leif))
			.param("adjusterId", String.valueOf(gosta))
			.with(users.coordinator())
			.with(csrf())).andExpect(flash().attribute("message", "common.saved"));
		MeetingDetails details = reader.details(demo.nextLg());
		assertThat(details.noteTaker().name()).isEqualTo("Leif Redestig");
		assertThat(details.adjuster().name()).isEqualTo("Gösta Strand");
	}

	private long addItem(long meeting, String title) throws Exception {
		mvc.perform(post("/moten/{id}/punkter", meeting).param("title", title).with(users.coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return reader.details(meeting)
			.regularItems()
			.stream()
			.filter(i -> i.title().equals(title))
			.reduce((a, b) -> b)
			.orElseThrow()
			.id();
	}

	private AgendaItemView item(long meeting, long item) {
		return reader.details(meeting).agenda().stream().filter(i -> i.id() == item).findFirst().orElseThrow();
	}

	private long personId(String name) {
		return directory.searchPeople(name, 1).get(0).id();
	}

}
