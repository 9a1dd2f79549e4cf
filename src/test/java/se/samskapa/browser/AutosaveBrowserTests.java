package se.samskapa.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.meetings.AgendaItemView;
import se.samskapa.meetings.DemoMeetings;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note-taker's promise: what is typed is saved while typing, and what could not be
 * saved (the session expired in the middle of the meeting) is kept in the browser and
 * offered back after logging in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, DemoMeetings.class })
class AutosaveBrowserTests extends BrowserTestSupport {

	@Autowired
	DemoMeetings demo;

	@Autowired
	MeetingReader reader;

	@Test
	void notesTypedAfterTheSessionExpiredAreKeptAndRestored() {
		Page page = newPage(1280);
		logIn(page, "samordnare");
		String editor = "/moten/" + demo.nextLg() + "/skriv";
		visit(page, editor);
		page.locator("#new-item-title").focus();
		page.keyboard().type("Lokalfrågan");
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*#punkt-\\d+"));

		Locator notes = page.locator("article", new Page.LocatorOptions().setHasText("Lokalfrågan"))
			.getByLabel("Anteckningar");
		Locator status = page.locator("article", new Page.LocatorOptions().setHasText("Lokalfrågan"))
			.locator(".save-status");
		notes.focus();
		page.keyboard().type("Olympiahallen har 60 kvadratmeter.");
		assertThat(status).hasText("Sparat kl. 10.00");

		// The session ends in the middle of the meeting.
		page.context().clearCookies();
		page.keyboard().type(" N Kyrkogatan har 180 och källare.");
		assertThat(status).containsText("du har loggats ut");
		consoleErrors.clear();

		// Logging in again, the unsaved text is offered back and saved.
		logIn(page, "samordnare");
		page.navigate(url(editor));
		Locator restore = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återställ texten"));
		assertThat(restore).isVisible();
		checkAccessibility(page);
		restore.focus();
		page.keyboard().press("Enter");
		Locator restoredNotes = page.locator("article", new Page.LocatorOptions().setHasText("Lokalfrågan"))
			.getByLabel("Anteckningar");
		assertThat(restoredNotes).hasValue("Olympiahallen har 60 kvadratmeter. N Kyrkogatan har 180 och källare.");
		assertThat(page.locator("article", new Page.LocatorOptions().setHasText("Lokalfrågan")).locator(".save-status"))
			.hasText("Sparat kl. 10.00");
		AgendaItemView item = reader.details(demo.nextLg())
			.regularItems()
			.stream()
			.filter(i -> i.title().equals("Lokalfrågan"))
			.findFirst()
			.orElseThrow();
		assertThat(item.notes()).isEqualTo("Olympiahallen har 60 kvadratmeter. N Kyrkogatan har 180 och källare.");
	}

}
