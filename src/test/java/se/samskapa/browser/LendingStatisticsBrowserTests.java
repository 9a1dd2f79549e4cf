package se.samskapa.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page of the demo's season on a phone and on a desktop: the charts are
 * there as images with a name, each followed by its table; nothing runs off the side of
 * the screen, no chart text is smaller than 12 pixels, nothing breaks the
 * Content-Security-Policy (a violation is a console error), and axe finds nothing
 * serious. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class LendingStatisticsBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { 360, 1280 })
	void theChartsAreLegibleAndFollowedByTheirTables(int width) throws Exception {
		Page page = newPage(width);
		logIn(page, "fritidsbanken");
		visit(page, "/fritidsbanken/statistik");

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Statistik"))).isVisible();
		// Loans, borrowers, categories, empty searches, and donations in and out per
		// month (one
		// site, so no chart per site).
		Locator charts = page.locator("svg.chart-svg[role=img]");
		assertThat(charts).hasCount(5);
		for (String name : List.of("Lån per månad", "Unika låntagare per månad", "Lån per kategori",
				"Sökningar utan något inne")) {
			Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(name));
			assertThat(chart).isVisible();
			// The table with the figures comes right after the chart.
			assertThat(chart.locator("xpath=ancestor::div[contains(@class,'chart')]/following-sibling::div[1]//table"))
				.isVisible();
		}
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Gåvor in och ut per månad"))
			.or(page.locator("svg[aria-labelledby='chart-donations-title']"))).isVisible();

		int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(width);
		double smallestText = ((Number) page.evaluate("""
				Math.min(...[...document.querySelectorAll('svg.chart-svg text')]
				  .filter(t => t.getBBox().width > 0 && getComputedStyle(t).display !== 'none')
				  .map(t => parseFloat(getComputedStyle(t).fontSize)))
				""")).doubleValue();
		assertThat(smallestText).isGreaterThanOrEqualTo(12);
		// No two month names, nor two years, overlap under the columns.
		Object overlaps = page.evaluate("""
				[...document.querySelectorAll('svg.chart-svg')].some(svg => {
				  const rows = {};
				  [...svg.querySelectorAll('text[text-anchor=middle]')]
				    .filter(t => getComputedStyle(t).display !== 'none')
				    .forEach(t => (rows[t.getAttribute('y')] ??= []).push(t.getBoundingClientRect()));
				  return Object.values(rows).some(boxes => boxes.some((a, i) => i > 0 && a.left < boxes[i - 1].right));
				})
				""");
		assertThat(overlaps).isEqualTo(false);

		Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(screenshots.resolve("lending-statistics-" + width + ".png")));
	}

}
