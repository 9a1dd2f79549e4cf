package se.samskapa.browser;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingFixtures;
import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A donation as staff take it in, with the keyboard only: three lines typed with Enter
 * between them, saved, then sorted (two pairs of skates to lending with labels offered,
 * the roller skis discarded with a reason), and the new item's page. Every page is
 * checked with axe, and screenshots at 360 and 1280 px go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, LendingFixtures.class })
class LendingDonationsBrowserTests extends BrowserTestSupport {

	private static final String SITE = "/fritidsbanken/fritidsbanken-helsingborg";

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	@Autowired
	LendingCatalogue catalogue;

	@Test
	void typeADonationWithTheKeyboardSortItAndOpenANewItem() {
		Page page = newPage(1280);
		logIn(page, "fritidsbanken");
		visit(page, SITE + "/gavor");
		shoot(page, "donations");
		visit(page, SITE + "/gavor/ny");

		assertThat(page.locator("#sak-0")).isFocused();
		page.keyboard().type("Hockeyskridskor");
		page.keyboard().press("Tab");
		page.keyboard().type("40");
		page.keyboard().press("Tab");
		page.keyboard().press("Control+A");
		page.keyboard().type("2");
		page.keyboard().press("Enter");
		assertThat(page.locator("#sak-1")).isFocused();
		page.keyboard().type("Rullskidor");
		page.keyboard().press("Enter");
		assertThat(page.locator("#sak-2")).isFocused();
		page.keyboard().type("Fotboll");
		page.keyboard().press("Tab");
		page.keyboard().type("5");
		page.keyboard().press("Enter");
		assertThat(page.locator("#sak-3")).isFocused();
		assertThat(page.locator("#sak-0")).hasValue("Hockeyskridskor");
		assertThat(page.locator("#antal-0")).hasValue("2");
		checkAccessibility(page);
		shoot(page, "donation-new");
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara gåvan")));

		page.waitForURL(Pattern.compile(".*/gavor/\\d+"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gåvan är registrerad: 4 saker.");
		checkAccessibility(page);
		shoot(page, "donation-triage");

		// The first line's first choice (to lending) has the focus; both pairs go.
		assertThat(page.locator("input[name=utfall]").first()).isFocused();
		page.keyboard().press("Tab");
		assertThat(page.locator("input[name=antal]").first()).hasValue("2");
		page.keyboard().press("Enter");
		Locator status = page.getByRole(AriaRole.STATUS);
		assertThat(status).containsText("2 till utlåning.");
		Matcher numbers = Pattern.compile("Nya nummer: (HBG-\\d+), (HBG-\\d+)").matcher(status.textContent());
		assertThat(numbers.find()).isTrue();
		assertThat(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv ut de 2 etiketterna (PDF)")))
			.hasAttribute("href", Pattern.compile(".*nummer=" + numbers.group(1) + "&nummer=" + numbers.group(2)));
		checkAccessibility(page);
		shoot(page, "donation-sorted");

		// The roller skis: out, with the reason.
		Locator discard = page.locator("input[name=utfall]").first();
		assertThat(discard).isFocused();
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		page.keyboard().type("Bindningarna saknas");
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 kasseras.");
		assertThat(page.locator("main")).containsText("Bindningarna saknas");
		checkAccessibility(page);

		assertThat(catalogue.requireItem(numbers.group(1)).status()).isEqualTo(ItemStatus.AVAILABLE);
		assertThat(catalogue.requireItem(numbers.group(1)).barcode()).isEqualTo(numbers.group(1));
		visit(page, SITE + "/utrustning/" + numbers.group(1));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(numbers.group(1) + " Hockeyskridskor, 40");
		shoot(page, "item");
		visit(page, SITE + "/utrustning/HBG-0141");
		shoot(page, "item-in-repair");
		visit(page, SITE + "/utrustning?q=tält");
		shoot(page, "items");
		visit(page, SITE + "/sorter");
		shoot(page, "categories");
	}

	/** The page as it is, at 1280 px and again at 360 px. */
	private void shoot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + "-1280.png")));
		page.setViewportSize(360, 800);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + "-360.png")));
		checkAccessibility(page);
		page.setViewportSize(1280, 900);
	}

}
