package se.samskapa.meetings;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.shared.AuditTrail;
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
 * From draft to public: sent for approval, approved by the chair or the appointed
 * justerare only, published, and changed afterwards only with a reason, keeping every
 * version.
 */
@SamskapaTest
@Transactional
@Import(DemoMeetings.class)
class MinutesLifecycleControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoMeetings demo;

	@Autowired
	MeetingReader reader;

	@Autowired
	AuditTrail audit;

	@Test
	void minutesGoFromDraftThroughApprovalToPublic() throws Exception {
		long meeting = demo.nextLg();
		mvc.perform(post("/moten/{id}/skicka", meeting).with(users.coordinator()).with(csrf()))
			.andExpect(flash().attribute("message", "minutes.submitted"));

		// The chair of the Ledningsgrupp sees it waiting on Mina sidor, and approves it.
		mvc.perform(get("/mina-sidor").with(users.person("Leif Redestig")))
			.andExpect(content().string(allOf(containsString("Protokoll som väntar på din justering"),
					containsString("Ledningsgrupp för utveckling, 26 november 2026"))));
		mvc.perform(post("/moten/{id}/justera", meeting).with(users.person("Leif Redestig")).with(csrf()))
			.andExpect(flash().attribute("message", "minutes.approved"));
		assertThat(reader.details(meeting).status()).isEqualTo(MinutesStatus.APPROVED);
		assertThat(reader.details(meeting).approvedBy().name()).isEqualTo("Leif Redestig");

		mvc.perform(get("/moten/{id}", meeting)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/moten/{id}/publicera", meeting).with(users.coordinator()).with(csrf()))
			.andExpect(flash().attribute("message", "minutes.published"));
		mvc.perform(get("/moten/{id}", meeting)).andExpect(status().isOk());
		assertThat(reader.versions(meeting)).hasSize(1);
		assertThat(audit.entries("minutes", meeting)).extracting(AuditTrail.Entry::action)
			.containsExactly("submitted", "approved", "published");
	}

	@Test
	void onlyTheChairOrTheAppointedJusterareApproves() throws Exception {
		long meeting = demo.nextLg();
		// The coordinator writes minutes but is not the chair.
		mvc.perform(post("/moten/{id}/justera", meeting).with(users.coordinator()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/moten/{id}/justera", meeting).with(users.person("Gösta Strand")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/moten/{id}/roller", meeting)
					.param("adjusterId",
							String.valueOf(
									users.personUser("Gösta Strand", se.samskapa.directory.Role.MEMBER).personId()))
					.with(users.coordinator())
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/moten/{id}/justera", meeting).with(users.person("Gösta Strand")).with(csrf()))
			.andExpect(flash().attribute("message", "minutes.approved"));
	}

	@Test
	void publishingNeedsApprovalFirst() throws Exception {
		mvc.perform(post("/moten/{id}/publicera", demo.nextLg()).with(users.coordinator()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Protokollet måste vara justerat först.")));
	}

	@Test
	void membersWhoDoNotWriteCannotPublishOrReopen() throws Exception {
		mvc.perform(post("/moten/{id}/publicera", demo.nextGug()).with(users.member()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/moten/{id}/ateroppna", demo.nextGug()).with(users.member()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/moten/{id}/skicka", demo.nextGug()).with(users.member()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void approvedMinutesCanBeReopenedForCorrections() throws Exception {
		long meeting = demo.nextLg();
		mvc.perform(post("/moten/{id}/justera", meeting).with(users.person("Leif Redestig")).with(csrf()));
		mvc.perform(post("/moten/{id}/ateroppna", meeting).with(users.coordinator()).with(csrf()))
			.andExpect(redirectedUrl("/moten/" + meeting + "/skriv"));
		assertThat(reader.details(meeting).status()).isEqualTo(MinutesStatus.DRAFT);
	}

	@Test
	void aChangeToPublishedMinutesNeedsAReasonAndLosesNothingWithoutOne() throws Exception {
		long meeting = demo.seed000();
		AgendaItemView first = reader.details(meeting).regularItems().get(0);
		mvc.perform(get("/moten/{id}/revidera", meeting).with(users.member())).andExpect(status().isForbidden());
		mvc.perform(post("/moten/{id}/revidera", meeting)
			.param("notes[" + first.id() + "]", "Ny text som inte får gå förlorad")
			.param("reason", "")
			.with(users.coordinator())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Skriv varför det publicerade protokollet ändras."),
					containsString("Ny text som inte får gå förlorad"))));
		assertThat(reader.details(meeting).minutesVersion()).isEqualTo(1);
	}

	@Test
	void aChangeToPublishedMinutesBecomesANewVersionWithADiff() throws Exception {
		long meeting = demo.seed000();
		AgendaItemView first = reader.details(meeting).regularItems().get(0);
		String corrected = first.notes().replace("Förslaget på dag är 16 maj.", "Förslaget på dag är 17 maj.");
		mvc.perform(post("/moten/{id}/revidera", meeting).param("notes[" + first.id() + "]", corrected)
			.param("decisions[" + first.decisions().get(0).id() + "]", "Avstämningshalvdagen 17 maj")
			.param("reason", "Fel datum i första versionen")
			.with(users.coordinator())
			.with(csrf())).andExpect(redirectedUrl("/moten/" + meeting + "/versioner/2"));

		assertThat(reader.versions(meeting)).extracting(MinutesVersion::reason)
			.containsExactly(null, "Fel datum i första versionen");
		assertThat(reader.diff(meeting, 1, 2)).contains(
				new DiffLine(DiffLine.Change.REMOVED, "Förslaget på dag är 16 maj. Det finns två förslag på upplägg:"),
				new DiffLine(DiffLine.Change.ADDED, "Förslaget på dag är 17 maj. Det finns två förslag på upplägg:"));
		mvc.perform(get("/moten/{id}/versioner/2", meeting))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fel datum i första versionen"),
					containsString("Ändringar från version 1 till version 2"))));
		assertThat(audit.entries("minutes", meeting)).extracting(AuditTrail.Entry::action).contains("revised");
	}

}
