package se.samskapa.browser;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administration of a site and the borrower's own data page as people use them, on a
 * phone (360 px) and a desktop (1280 px): an administrator sets the opening hours with a
 * mistake and corrects it; staff lend an item and the receipt shows the link and QR code;
 * the borrower opens the link and sees their data. Every page is checked with axe; a
 * screenshot of each is left in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class LendingAdminBrowserTests extends BrowserTestSupport {

	private static final String SITE = "/fritidsbanken/fritidsbanken-helsingborg";

	private static final Pattern LINK = Pattern.compile("https?://\\S*/fritidsbanken/mina-uppgifter/[A-Za-z0-9_-]{43}");

	@Autowired
	LendingCatalogue catalogue;

	@Test
	void anAdministratorSetsTheOpeningHoursAndSeesWhenLoansFallDue() {
		long siteId = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow().id();
		for (int width : new int[] { 360, 1280 }) {
			Page page = newPage(width);
			logIn(page, "admin");
			visit(page, "/fritidsbanken/admin/" + siteId);
			assertThat(page.locator("#forhandsvisning")).containsText("Lån idag går tillbaka");

			// Monday, closed until now.
			page.locator("fieldset.hours-row").first().getByLabel("Öppet").check();
			page.locator("#opens-0").fill("14.00");
			page.locator("#closes-0").fill("12");
			press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara öppettiderna")));
			assertThat(page.locator("#closes-0-error")).hasText("En dag måste stänga senare än den öppnar.");
			assertThat(page.locator("#opens-0")).hasValue("14.00");
			checkAccessibility(page);
			screenshot(page, "site-edit-error", width);

			page.locator("#closes-0").fill("18.00");
			press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara öppettiderna")));
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Öppettiderna är sparade.");
			checkAccessibility(page);
			screenshot(page, "site-edit", width);
		}
	}

	@Test
	void theReceiptCarriesTheLinkToTheBorrowersOwnDataPage() {
		String item = availableItem();
		Page counter = newPage(1280);
		logIn(counter, "fritidsbanken");
		visit(counter, SITE + "/disk");
		counter.keyboard().type("070-174 06 98");
		counter.keyboard().press("Enter");
		assertThat(counter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ny låntagare")))
			.isVisible();
		counter.keyboard().type("Vera Ek");
		counter.keyboard().press("Enter");
		assertThat(counter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vera Ek"))).isVisible();
		counter.keyboard().type(item);
		counter.keyboard().press("Enter");
		counter.waitForURL(Pattern.compile(".*skanna=.*"));
		press(counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Låna ut 1 sak")));
		counter.waitForURL(Pattern.compile(".*/kvitto"));
		assertThat(counter.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("QR-kod med adressen till dina uppgifter")))
			.isVisible();
		checkAccessibility(counter);
		screenshot(counter, "receipt", 1280);
		counter.setViewportSize(360, 900);
		screenshot(counter, "receipt", 360);

		Matcher link = LINK.matcher(counter.locator(".link-url").innerText());
		org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
		for (int width : new int[] { 360, 1280 }) {
			Page borrower = newPage(width);
			borrower.navigate(link.group());
			assertThat(borrower.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Dina uppgifter hos Fritidsbanken");
			assertThat(borrower.locator("main")).containsText("Vera Ek");
			assertThat(borrower.locator("main")).containsText("070-*** ** 98");
			assertThat(borrower.locator("main")).containsText(item);
			checkAccessibility(borrower);
			screenshot(borrower, "own-data", width);
		}
	}

	private String availableItem() {
		for (int i = 300; i > 0; i--) {
			ItemView item = catalogue.requireItem(String.format("HBG-%04d", i));
			if (item.status() == ItemStatus.AVAILABLE && item.parts().isEmpty()) {
				return item.number();
			}
		}
		throw new IllegalStateException("No item in");
	}

	private static void screenshot(Page page, String name, int width) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", name + "-" + width + ".png")));
	}

}
