package se.samskapa.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.lending.Availability;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingFixtures;
import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The counter as staff work it, with a barcode scanner (it types the number and Enter)
 * and the keyboard only: register a new borrower by mobile number, lend three items, take
 * the tent back with its pegs missing; the public catalogue shows the tent gone to
 * repair. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, LendingFixtures.class })
class LendingCounterBrowserTests extends BrowserTestSupport {

	private static final String SITE = "/fritidsbanken/fritidsbanken-helsingborg";

	private static final String TENT = "Tält, 2 personer";

	@Autowired
	LendingCatalogue catalogue;

	@Test
	void registerLendThreeAndTakeTheTentBackWithAPartMissing() {
		List<String> items = availableItems();
		int tentsInBefore = tentsIn();
		Page page = newPage(1024);
		logIn(page, "fritidsbanken");

		visit(page, SITE + "/disk");
		page.keyboard().type("070-174 06 99");
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ny låntagare"))).isVisible();
		checkAccessibility(page);
		page.keyboard().type("Nora Nyström");
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nora Nyström"))).isVisible();
		checkAccessibility(page);

		for (String number : items) {
			assertThat(page.locator("#skanna")).isFocused();
			page.keyboard().type(number);
			page.keyboard().press("Enter");
			page.waitForURL(Pattern.compile(".*skanna=" + number + ".*"));
		}
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Att låna ut (3)")))
			.isVisible();
		checkAccessibility(page);
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Låna ut 3 saker")));
		page.waitForURL(Pattern.compile(".*/kvitto"));
		for (String number : items) {
			assertThat(page.locator("main")).containsText(number);
		}
		assertThat(page.locator("main")).containsText("Allt är gratis");
		checkAccessibility(page);

		visit(page, SITE + "/aterlamning");
		page.keyboard().type(items.get(0));
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Delar som saknas"))).isVisible();
		checkAccessibility(page);
		Locator pegs = page.getByLabel("Tältpinnar");
		pegs.focus();
		page.keyboard().press("Space");
		assertThat(pegs).isChecked();
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta emot")));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(items.get(0) + " " + TENT + " är tillbakalämnad.");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("lagning");
		assertThat(page.locator("#skanna")).isFocused();
		checkAccessibility(page);

		Page visitor = newPage(390);
		visit(visitor, SITE + "?q=tält");
		Locator tentRow = visitor.locator("tr", new Page.LocatorOptions().setHasText(TENT));
		assertThat(tentRow.locator("td").nth(2)).hasText(String.valueOf(tentsInBefore - 1));
	}

	/** A tent (it has parts to check) and two more items that are in now. */
	private List<String> availableItems() {
		List<String> items = new ArrayList<>();
		for (int i = 1; i <= 300 && items.size() < 3; i++) {
			ItemView item = catalogue.requireItem(String.format("HBG-%04d", i));
			boolean tent = item.typeName().equals(TENT);
			if (item.status() == ItemStatus.AVAILABLE && (items.isEmpty() == tent)) {
				items.add(item.number());
			}
		}
		return items;
	}

	private int tentsIn() {
		return catalogue.availability("fritidsbanken-helsingborg")
			.stream()
			.filter(a -> a.type().equals(TENT))
			.mapToInt(Availability::available)
			.sum();
	}

}
