package se.samskapa.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import se.samskapa.importer.ImportBatchView.FileSummary;
import se.samskapa.importer.reading.SourceFile;
import se.samskapa.meetings.ActionStatus;
import se.samskapa.meetings.AttendanceView;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;
import se.samskapa.support.WithoutSeedMeetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages: who may use them, uploading, following a batch, reviewing and saving.
 * Not transactional: the files are read in the background and saved file by file.
 */
@SamskapaTest
@WithoutSeedMeetings
class ImportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ImportManagement imports;

	@Autowired
	MeetingReader meetings;

	static Stream<AbstractMockHttpServletRequestBuilder<?>> endpoints() {
		return Stream.of(get("/import"), multipart("/import").file(file("a.txt", "text")), get("/import/1"),
				post("/import/1/spara"), get("/import/1/filer/1"), post("/import/1/filer/1").param("intent", "save"),
				post("/import/1/filer/1/hoppa-over"), post("/import/1/filer/1/ta-tillbaka"));
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void thePublicIsSentToLogIn(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		mvc.perform(request.with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void membersAreRefused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		mvc.perform(request.with(csrf()).with(users.member())).andExpect(status().isForbidden());
	}

	@Test
	void theUploadFormPublishesAndClosesOldActionsUnlessUnticked() throws Exception {
		mvc.perform(get("/import").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(checkedBox("publish1"), checkedBox("closeOldActions1"),
					containsString("Avsluta åtgärderna i gamla protokoll"))));
	}

	private static org.hamcrest.Matcher<String> checkedBox(String id) {
		return matchesPattern("(?s).*<input(?=[^>]* id=\"" + id + "\")(?=[^>]* checked=\"checked\")[^>]*>.*");
	}

	@Test
	void anUploadWithoutFilesOrWithABadYearSaysWhatIsWrong() throws Exception {
		mvc.perform(multipart("/import").with(csrf()).with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj minst en fil.")));
		mvc.perform(multipart("/import").file(file("a.txt", "Protokoll"))
			.param("year", "1800")
			.with(csrf())
			.with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv ett år mellan 1900 och 2100.")));
		mvc.perform(multipart("/import").file(file("a.txt", "Protokoll"))
			.param("year", "tjugohundra")
			.with(csrf())
			.with(users.coordinator())).andExpect(status().isOk());
	}

	@Test
	void aZipIsReadInTheBackgroundThenReviewedAndSaved() throws Exception {
		MvcResult upload = mvc
			.perform(
					multipart("/import").file(new MockMultipartFile("files", "protokoll.zip", "application/zip", zip()))
						.param("year", "2016")
						.param("publish", "true")
						.param("closeOldActions", "true")
						.with(csrf())
						.with(users.coordinator()))
			.andExpect(redirectedUrlPattern("/import/*"))
			.andReturn();
		long batchId = Long.parseLong(upload.getResponse().getRedirectedUrl().substring("/import/".length()));
		await().atMost(Duration.ofSeconds(30)).until(() -> imports.batch(batchId).orElseThrow().read());

		mvc.perform(get("/import/" + batchId).with(users.coordinator()))
			.andExpect(content().string(allOf(containsString("Alla 2 filer är inlästa"),
					containsString("Klar att spara"), containsString("Filen är tom."),
					// The year comes from the form, the group from the title.
					containsString("Gemensam utvecklingsgrupp 14 april 2016"),
					containsString("I filen: Gemensam utvecklingsgrupp 14 april"))));
		mvc.perform(get("/import/" + batchId).header("HX-Request", "true").with(users.coordinator()))
			.andExpect(content().string(allOf(containsString("id=\"batch-files\""), not(containsString("<html")),
					not(containsString("hx-trigger")))));

		FileSummary minutes = imports.batch(batchId).orElseThrow().files().get(0);
		String review = "/import/" + batchId + "/filer/" + minutes.id();
		mvc.perform(get(review).with(users.coordinator()))
			.andExpect(content().string(allOf(containsString("Originaltexten"), containsString("Vera Lindqvist"),
					containsString("Ny person"), containsString("Skrivet: Herbert"))));

		// A date that is no date: the form comes back with the error and everything
		// typed.
		mvc.perform(post(review).param("groupId", minutes(batchId).draft().groupId().toString())
			.param("date", "2016-13-45")
			.param("sections[0].title", "Rubriken jag skrev")
			.with(csrf())
			.with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Skriv datumet som åååå-mm-dd."), containsString("Rubriken jag skrev"))));

		ImportFileView file = minutes(batchId);
		mvc.perform(post(review).param("intent", "save")
			.param("groupId", file.draft().groupId().toString())
			.param("date", "2016-04-14")
			.param("present[0].written", "Herbert")
			.param("present[0].shownName", "Herbert Tinz")
			.param("present[0].personId", file.draft().present().get(0).personId().toString())
			.param("present[0].name", "Herbert Tinz")
			.param("present[0].organisation", "Bryggan")
			.param("present[1].written", "Vera Lindqvist")
			.param("present[1].shownName", "Vera Lindqvist")
			.param("present[1].name", "Vera Lindqvist")
			.param("present[1].remove", "true")
			.param("sections[0].title", "Lokaler")
			.param("sections[0].body", "Vi behöver större lokaler.")
			.param("actions[0].what", "Boka lokal")
			.param("actions[0].owners", "Herbert Tinz")
			.param("actions[0].due", "nästa möte")
			.param("actions[0].section", "0")
			.with(csrf())
			.with(users.coordinator())).andExpect(redirectedUrl("/import/" + batchId));

		ImportFileView saved = minutes(batchId);
		assertThat(saved.status()).isEqualTo(ImportFileStatus.SAVED);
		var meeting = meetings.details(saved.meetingId());
		assertThat(meeting.date()).isEqualTo(java.time.LocalDate.of(2016, 4, 14));
		assertThat(meeting.present()).extracting(AttendanceView::name).containsExactly("Herbert Tinz");
		assertThat(meeting.regularItems().get(0).actions()).singleElement().satisfies(action -> {
			assertThat(action.ownerNames()).isEqualTo("Herbert Tinz");
			assertThat(action.status()).isEqualTo(ActionStatus.DROPPED);
		});

		mvc.perform(post(review).param("intent", "save").with(csrf()).with(users.coordinator()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Filen är redan sparad som möte.")));
	}

	@Test
	void aFileCanBeSkippedAndTakenBack() throws Exception {
		long batchId = imports.read("samordnare",
				List.of(new SourceFile("recept.txt",
						"Pannkakor\n\nVispa mjöl och mjölk.\n".getBytes(StandardCharsets.UTF_8))),
				ImportOptions.defaults(), ImportProgress.NONE);
		long fileId = imports.batch(batchId).orElseThrow().files().get(0).id();
		String path = "/import/" + batchId + "/filer/" + fileId;
		mvc.perform(get(path).with(users.coordinator()))
			.andExpect(content()
				.string(allOf(containsString("ser inte ut som ett protokoll"), containsString("Granska filen ändå"))));

		mvc.perform(post(path + "/ta-tillbaka").with(csrf()).with(users.coordinator())).andExpect(redirectedUrl(path));
		assertThat(imports.file(batchId, fileId).orElseThrow().status()).isEqualTo(ImportFileStatus.NEEDS_REVIEW);

		mvc.perform(post(path + "/hoppa-over").with(csrf()).with(users.coordinator()))
			.andExpect(redirectedUrl("/import/" + batchId));
		assertThat(imports.file(batchId, fileId).orElseThrow().status()).isEqualTo(ImportFileStatus.SKIPPED);
	}

	@Test
	void unknownBatchesAndFilesAreNotFound() throws Exception {
		long batchId = imports.read("samordnare", List.of(new SourceFile("tom.txt", new byte[0])),
				ImportOptions.defaults(), ImportProgress.NONE);
		long fileId = imports.batch(batchId).orElseThrow().files().get(0).id();
		mvc.perform(get("/import/999999").with(users.coordinator())).andExpect(status().isNotFound());
		mvc.perform(get("/import/" + (batchId + 1000) + "/filer/" + fileId).with(users.coordinator()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/import/x").with(users.coordinator())).andExpect(status().isNotFound());
	}

	private ImportFileView minutes(long batchId) {
		FileSummary first = imports.batch(batchId).orElseThrow().files().get(0);
		return imports.file(batchId, first.id()).orElseThrow();
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("arkiv/2016-04-14.txt"));
			zip.write(("Gemensam utvecklingsgrupp 14 april\n\nNärvarande\n\nHerbert\nVera Lindqvist\n\nLokaler\n\n"
					+ "Vi behöver större lokaler.\n")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("arkiv/tom.txt"));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

}
