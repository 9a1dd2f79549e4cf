package se.samskapa.browser;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Debian's Chromium ({@code /usr/bin/chromium}) with Playwright; never downloads a
 * browser. Every page a test visits is checked with axe-core: no serious or critical
 * violation of WCAG 2.1 A/AA, and no error in the browser console (a blocked inline
 * script would show there).
 */
abstract class BrowserTestSupport {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	private final List<BrowserContext> contexts = new ArrayList<>();

	protected final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void startBrowser() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(
				Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void clearConsole() {
		consoleErrors.clear();
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A fresh browser session (no cookies), at the given viewport width. */
	protected Page newPage(int width) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
			.setLocale("sv-SE")
			.setTimezoneId("Europe/Stockholm"));
		contexts.add(context);
		Page page = context.newPage();
		page.setDefaultTimeout(15_000);
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		page.onDialog(dialog -> dialog.accept());
		return page;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page and checks it with axe. */
	protected Page visit(Page page, String path) {
		page.navigate(url(path));
		checkAccessibility(page);
		return page;
	}

	/** Logs in with the keyboard only. */
	protected void logIn(Page page, String username) {
		visit(page, "/login");
		fillInLogin(page, username);
		page.waitForURL(url("/"));
	}

	/** Types the demo account's name and password into the login form and sends it. */
	protected void fillInLogin(Page page, String username) {
		page.locator("#username").focus();
		page.keyboard().type(username);
		page.keyboard().press("Tab");
		page.keyboard().type("demo");
		page.keyboard().press("Enter");
	}

	/** Activates a control with the keyboard: focus it, then press Enter. */
	protected void press(com.microsoft.playwright.Locator control) {
		control.focus();
		control.page().keyboard().press("Enter");
	}

	protected void checkAccessibility(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
		List<String> serious = new ArrayList<>();
		for (Rule violation : results.getViolations()) {
			if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
				serious.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " "
						+ violation.getNodes().stream().map(n -> n.getTarget().toString()).toList());
			}
		}
		assertThat(serious).as("axe on %s", page.url()).isEmpty();
		assertThat(consoleErrors).as("console errors on %s", page.url()).isEmpty();
	}

}
