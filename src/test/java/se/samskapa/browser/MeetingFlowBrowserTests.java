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

import se.samskapa.meetings.DemoMeetings;
import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The meeting core as people use it, with the keyboard only: a coordinator prepares the
 * next meeting from the rule, takes attendance, writes minutes with a decision and two
 * action items, has them approved and publishes; the following meeting follows both
 * actions up; the owner marks one done on Mina sidor; the public sees the published
 * minutes and not a draft. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, DemoMeetings.class })
class MeetingFlowBrowserTests extends BrowserTestSupport {

	private static final String FIRST_ACTION = "Ta fram en budget för Fritidsbanken";

	private static final String SECOND_ACTION = "Kontakta Olympiahallen om lokalen";

	@Autowired
	DemoMeetings demo;

	@Test
	void fromTheRuleToPublishedMinutesAndTheirFollowUp() {
		Page page = newPage(1280);
		logIn(page, "samordnare");

		// Prepare the next meeting the rule gives (26 November is already prepared).
		visit(page, "/grupper/ledningsgrupp-for-utveckling");
		press(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Förbered mötet torsdag 10 december")));
		page.waitForURL(Pattern.compile(".*/moten/\\d+/skriv"));
		String editor = page.url().replace(url(""), "");
		String minutes = editor.replace("/skriv", "");
		checkAccessibility(page);

		// Attendance, one key press per person.
		markPresent(page, "Leif Redestig");
		markPresent(page, "Gösta Strand");
		Locator ivanAbsent = row(page, "Ivan Kuzhikov").getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Anmält förhinder").setExact(true));
		press(ivanAbsent);
		assertThat(ivanAbsent).hasAttribute("aria-pressed", "true");

		// David approves the minutes this time.
		page.locator("#adjuster").focus();
		page.keyboard().type("David");
		press(page.locator("#roller").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")));
		page.waitForURL(Pattern.compile(".*#roller"));

		// An agenda item, notes that save themselves, a decision and two actions.
		page.locator("#new-item-title").focus();
		page.keyboard().type("Fritidsbanken");
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*#punkt-\\d+"));
		Locator item = page.locator("article", new Page.LocatorOptions().setHasText("Fritidsbanken"));
		item.getByLabel("Anteckningar").focus();
		page.keyboard().type("Två lokaler är aktuella: Olympiahallen och N Kyrkogatan.");
		assertThat(item.locator(".save-status")).hasText("Sparat kl. 10.00");

		item.getByLabel("Nytt beslut").focus();
		page.keyboard().type("Arbetsmarknadsförvaltningen står för sysselsättningsdelen");
		page.keyboard().press("Enter");
		assertThat(item.locator(".decision")).containsText("Arbetsmarknadsförvaltningen står för sysselsättningsdelen");

		addAction(page, item, FIRST_ACTION, "David Bergström");
		addAction(page, item, SECOND_ACTION, "Leif Redestig");
		assertThat(item.locator(".action-item")).hasCount(2);
		checkAccessibility(page);

		// Send for approval, approve, publish.
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka för justering")));
		page.waitForURL(url(minutes));
		checkAccessibility(page);
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet")));
		assertThat(page.getByText("Protokollet är justerat.")).isVisible();
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera protokollet")));
		assertThat(page.getByText("Protokollet är publicerat.")).isVisible();
		checkAccessibility(page);

		// The following meeting follows both actions up.
		visit(page, "/grupper/ledningsgrupp-for-utveckling");
		press(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Förbered mötet torsdag 24 december")));
		page.waitForURL(Pattern.compile(".*/moten/\\d+/skriv"));
		Locator followUp = page.locator("#uppfoljning");
		assertThat(followUp).containsText(FIRST_ACTION);
		assertThat(followUp).containsText(SECOND_ACTION);
		checkAccessibility(page);

		// The owner marks theirs done on Mina sidor.
		visit(page, "/mina-sidor");
		press(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Markera som klar: " + FIRST_ACTION)));
		assertThat(page.getByText("Åtgärden är uppdaterad.")).isVisible();
		assertThat(page.locator("main")).not().containsText(FIRST_ACTION);
		checkAccessibility(page);

		// The public reads the published minutes, and not a draft.
		Page visitor = newPage(360);
		visit(visitor, minutes);
		assertThat(visitor.locator("h1")).containsText("Ledningsgrupp för utveckling 10 december 2026");
		assertThat(visitor.locator("main")).containsText("Arbetsmarknadsförvaltningen står för sysselsättningsdelen");
		assertThat(visitor.locator("main")).containsText(SECOND_ACTION);
		visitor.navigate(url("/moten/" + demo.nextLg()));
		assertThat(visitor).hasURL(url("/login"));
		visit(visitor, "/");
		assertThat(visitor.locator("main")).containsText("10 december 2026");
	}

	@Test
	void theMemberReadsTheGroupsDraftButCannotWriteIt() {
		Page page = newPage(360);
		logIn(page, "medlem");
		visit(page, "/moten/" + demo.nextGug());
		assertThat(page.locator("main")).containsText("Utkast");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv protokoll"))).hasCount(0);
		visit(page, "/mina-sidor");
		visit(page, "/atgarder");
		visit(page, "/grupper");
		visit(page, "/konto");
	}

	/**
	 * A link to a page that needs a login (a reminder's, a bookmark) leads to it after
	 * logging in, the query included: the browser's own navigation is what gets
	 * remembered.
	 */
	@Test
	void aLinkToMinaSidorLeadsThereAfterTheLogin() {
		Page page = newPage(360);
		page.navigate(url("/mina-sidor?visa=alla"));
		assertThat(page).hasURL(url("/login"));
		checkAccessibility(page);
		fillInLogin(page, "medlem");
		page.waitForURL(url("/mina-sidor?visa=alla"));
		assertThat(page.locator("main")).containsText("Mina åtgärder");
		checkAccessibility(page);
	}

	private Locator row(Page page, String name) {
		return page.locator("#narvaro tr", new Page.LocatorOptions().setHasText(name));
	}

	private void markPresent(Page page, String name) {
		Locator present = row(page, name).getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Närvarande").setExact(true));
		press(present);
		assertThat(present).hasAttribute("aria-pressed", "true");
	}

	private void addAction(Page page, Locator item, String what, String owner) {
		press(item.locator("summary", new Locator.LocatorOptions().setHasText("Ny åtgärd")));
		item.getByLabel("Vad ska göras?").focus();
		page.keyboard().type(what);
		item.getByLabel(owner).focus();
		page.keyboard().press("Space");
		item.getByLabel("Vad ska göras?").focus();
		page.keyboard().press("Enter");
		assertThat(item.locator(".action-item", new Locator.LocatorOptions().setHasText(what))).isVisible();
	}

}
