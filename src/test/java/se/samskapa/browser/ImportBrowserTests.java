package se.samskapa.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.GroupView;
import se.samskapa.support.TestClock;
import se.samskapa.support.WithoutSeedMeetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator imports the five seed minutes as one zip. Seed 003 lists "Anders S", and
 * the group now has two members called Anders S-something, so the preview flags the name
 * and the coordinator chooses who is meant; then everything is saved, and the search
 * finds a phrase from seed 003, highlighted. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithoutSeedMeetings
@Import(TestClock.class)
class ImportBrowserTests extends BrowserTestSupport {

	private static final String[] SEEDS = { "000_6887b0ee83dd25c1", "001_1e85eba87900dc1f", "002_15405d667cb0fff8",
			"003_55fdfe62f9737899", "004_15c967ec190d0aa3" };

	@Autowired
	DirectoryManagement directory;

	@Autowired
	GroupManagement groups;

	@Test
	void importTheSeedsCorrectAnUnclearNameAndFindThemInSearch() throws IOException {
		GroupView gug = groups.groups()
			.stream()
			.filter(g -> g.name().equals("Gemensam utvecklingsgrupp"))
			.findFirst()
			.orElseThrow();
		long anders = directory.searchPeople("Anders S", 1).get(0).id();
		directory.renamePerson(anders, "Anders Svensson");
		// Renaming keeps the old name as an alias; this directory never knew him as
		// "Anders S".
		directory.removeAlias(anders, "Anders S");
		groups.putMember(gug.id(), anders, GroupRole.MEMBER, null, null);
		groups.putMember(gug.id(), directory.createPerson("Anders Sandberg").id(), GroupRole.MEMBER, null, null);

		Page page = newPage(1280);
		logIn(page, "samordnare");
		visit(page, "/import");
		page.locator("#files").setInputFiles(new FilePayload("protokoll.zip", "application/zip", seedsZip()));
		page.locator("#year").fill("2016");
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in filerna")));

		page.waitForURL(Pattern.compile(".*/import/\\d+"));
		assertThat(page.getByText("Alla 5 filer är inlästa")).isVisible();
		checkAccessibility(page);
		Locator needsReview = page.locator("tr", new Page.LocatorOptions().setHasText("Behöver granskas"));
		assertThat(needsReview).hasCount(1);
		assertThat(needsReview).containsText("003_55fdfe62f9737899.txt");

		// The flagged name: choose who "Anders S" is, then save the file as a meeting.
		press(needsReview.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Granska")));
		page.waitForURL(Pattern.compile(".*/filer/\\d+"));
		checkAccessibility(page);
		assertThat(page.getByText("Välj vem som avses med ”Anders S”: Anders Sandberg, Anders Svensson")).isVisible();
		page.getByLabel("Vem är ”Anders S”?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Anders Svensson"));
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som möte")));

		// Nothing else waits: back to the batch, where the other four are saved at once.
		page.waitForURL(Pattern.compile(".*/import/\\d+"));
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara de 4 som är klara")));
		// Four meetings with their people, sections and actions in one request: on a busy
		// two-core machine that takes longer than Playwright's default of 5 s.
		assertThat(page.getByText("4 möten sparades."))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Sparad"))).hasCount(5);
		checkAccessibility(page);

		// The archive is searchable: a phrase from seed 003, marked in the snippet.
		page.locator("#header-search").fill("\"kreativa grupper\"");
		page.locator("#header-search").press("Enter");
		page.waitForURL(Pattern.compile(".*/sok\\?q=.*"));
		Locator hit = page.locator("#search-results li").first();
		assertThat(hit).containsText("Digitalisering");
		assertThat(hit.locator("mark")).hasText(new String[] { "kreativa", "grupper" });
		checkAccessibility(page);

		// The meeting lists Anders as chosen.
		press(hit.getByRole(AriaRole.LINK).first());
		assertThat(page.getByText("Gemensam utvecklingsgrupp").first()).isVisible();
		assertThat(page.locator("main")).containsText("Anders Svensson");
		checkAccessibility(page);
	}

	private static byte[] seedsZip() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String seed : SEEDS) {
				zip.putNextEntry(new ZipEntry(seed + ".txt"));
				zip.write(new ClassPathResource("importer/seeds/" + seed + ".txt").getContentAsByteArray());
			}
		}
		return bytes.toByteArray();
	}

}
