package se.samskapa.browser;

import java.nio.file.Path;
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
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingFixtures;
import se.samskapa.lending.SiteView;
import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Reserving at the demo's Fritidsbanken Helsingborg as people do it, with the keyboard
 * only, on a phone and on a desktop: a visitor reserves a kubb set from the catalogue and
 * gets the pickup deadline and a code; another joins the queue for a children's bike, all
 * of which are out; staff see both on their list, and when a bike comes back the return
 * screen tells them to put it aside for the first in the queue. Every page is checked
 * with axe. With {@code -Dsamskapa.screenshots=DIR} the pages are also saved as
 * screenshots at 360 and 1280 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, LendingFixtures.class })
class ReservationBrowserTests extends BrowserTestSupport {

	private static final String SITE = "/fritidsbanken/fritidsbanken-helsingborg";

	private static final String SCREENSHOTS = System.getProperty("samskapa.screenshots", "");

	@Autowired
	LendingCatalogue catalogue;

	@Test
	void reserveFromTheCatalogueJoinAQueueAndStaffPutAReturnedBikeAside() {
		Page phone = newPage(360);
		visit(phone, SITE + "?q=kubb");
		screenshot(phone, "1-catalogue");
		press(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reservera Kubbspel")));
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reservera: Kubbspel")))
			.isVisible();
		checkAccessibility(phone);
		screenshot(phone, "2-reserve-form");
		phone.getByLabel("Ditt namn").focus();
		phone.keyboard().type("Wilma Öberg");
		phone.keyboard().press("Tab");
		phone.keyboard().type("070-174 06 90");
		phone.keyboard().press("Enter");
		phone.waitForURL(Pattern.compile(".*/reservation/[A-Z0-9]{6}"));
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reserverat!"))).isVisible();
		assertThat(phone.locator("main")).containsText("Hämta senast onsdag 25 november.");
		String code = phone.url().substring(phone.url().lastIndexOf('/') + 1);
		assertThat(phone.locator(".reservation-code strong")).hasText(code);
		checkAccessibility(phone);
		screenshot(phone, "3-confirmation");

		Page desktop = newPage(1280);
		visit(desktop, SITE + "?q=barncykel");
		press(desktop.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Ställ dig i kö för Barncykel, 20 tum")));
		assertThat(desktop.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Ställ dig i kö: Barncykel, 20 tum")))
			.isVisible();
		assertThat(desktop.locator("main")).containsText("Alla är utlånade just nu.");
		checkAccessibility(desktop);
		desktop.getByLabel("Ditt namn").focus();
		desktop.keyboard().type("Hampus Lind");
		desktop.keyboard().press("Tab");
		desktop.keyboard().type("0701740691");
		desktop.keyboard().press("Enter");
		desktop.waitForURL(Pattern.compile(".*/reservation/[A-Z0-9]{6}"));
		assertThat(desktop.locator("main")).containsText("Du är nummer 3 i kön för Barncykel, 20 tum");
		checkAccessibility(desktop);
		String queued = java.net.URI.create(desktop.url()).getPath();

		// The same pages at the other width.
		screenshot(visit(newPage(1280), SITE + "?q=kubb"), "1-catalogue");
		screenshot(visit(newPage(1280), java.net.URI.create(phone.url()).getPath()), "3-confirmation");
		Page form = visit(newPage(1280), SITE + "?q=kubb");
		press(form.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reservera Kubbspel")));
		assertThat(form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reservera: Kubbspel")))
			.isVisible();
		checkAccessibility(form);
		screenshot(form, "2-reserve-form");
		screenshot(visit(desktop, queued), "4-queued");
		screenshot(visit(newPage(360), queued), "4-queued");

		Page counter = newPage(1280);
		logIn(counter, "fritidsbanken");
		visit(counter, SITE + "/reservationer");
		Locator held = counter.locator("tr", new Page.LocatorOptions().setHasText(code));
		assertThat(held).containsText("Wilma Öberg");
		assertThat(held).containsText("Plocka fram");
		Locator bikes = counter.locator("tr", new Page.LocatorOptions().setHasText("Barncykel, 20 tum"));
		assertThat(bikes.locator("td").nth(1)).hasText("3");
		screenshot(counter, "5-staff-list");
		Page staffPhone = newPage(360);
		logIn(staffPhone, "fritidsbanken");
		screenshot(visit(staffPhone, SITE + "/reservationer"), "5-staff-list");

		visit(counter, SITE + "/aterlamning");
		counter.keyboard().type(bikeOut().number());
		counter.keyboard().press("Enter");
		press(counter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta emot")));
		assertThat(counter.getByRole(AriaRole.STATUS)).containsText("är tillbakalämnad");
		assertThat(counter.getByRole(AriaRole.ALERT)).containsText("Lägg undan för Kerstin Åberg, väntelista.");
		checkAccessibility(counter);
		screenshot(counter, "6-return-put-aside");
		visit(desktop, queued);
		assertThat(desktop.locator("main")).containsText("Du är nummer 2 i kön");
	}

	/** A 20-inch children's bike out on loan. */
	private ItemView bikeOut() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		return catalogue.items(site)
			.stream()
			.filter(item -> item.typeName().equals("Barncykel") && "20 tum".equals(item.size())
					&& item.status() == ItemStatus.ON_LOAN)
			.findFirst()
			.orElseThrow();
	}

	private void screenshot(Page page, String name) {
		if (!SCREENSHOTS.isBlank()) {
			int width = page.viewportSize().width;
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of(SCREENSHOTS, name + "-" + width + ".png")));
		}
	}

}
