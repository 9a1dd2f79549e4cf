package se.samskapa.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes are Markdown; what reaches the page is safe HTML that keeps the writer's
 * meaning.
 */
class MarkdownUnitTests {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersParagraphsListsAndEmphasis() {
		assertThat(markdown.toHtml("Vi landade i **ett tredje** mellanting:\n\n- Sip\n- IT"))
			.contains("<strong>ett tredje</strong>", "<ul>", "<li>Sip</li>");
	}

	@Test
	void aLineBreakAsTypedIsALineBreak() {
		assertThat(markdown.toHtml("Olympiahallen\nN Kyrkogatan")).contains("Olympiahallen<br />")
			.contains("N Kyrkogatan");
	}

	@Test
	void keepsTheNumberAnOrderedListStartsWith() {
		assertThat(markdown.toHtml("3. Gemensam presentation")).contains("<ol start=\"3\">");
	}

	@Test
	void movesHeadingsBelowThePagesOwnHeadings() {
		assertThat(markdown.toHtml("# Rubrik\n\n## Underrubrik")).contains("<h3>Rubrik</h3>", "<h4>Underrubrik</h4>");
	}

	@Test
	void escapesHtmlAndScriptsTypedIntoTheMinutes() {
		String html = markdown
			.toHtml("<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[klick](javascript:alert(1))");
		assertThat(html).doesNotContain("<script", "<img", "onerror=alert", "href=\"javascript");
	}

	@Test
	void linksOpenSafely() {
		assertThat(markdown.toHtml("[Läs mer](https://helsingborg.se)")).contains("href=\"https://helsingborg.se\"",
				"rel=\"noopener noreferrer");
	}

	@Test
	void blankInputGivesNothing() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("  \n ")).isEmpty();
	}

	@Test
	void anEditedTextIsRenderedAfreshAndTheRememberedTextsStayBounded() {
		assertThat(markdown.toHtml("Beslut: **ja**")).isEqualTo("<p>Beslut: <strong>ja</strong></p>\n");
		assertThat(markdown.toHtml("Beslut: **nej**")).isEqualTo("<p>Beslut: <strong>nej</strong></p>\n");
		assertThat(markdown.toHtml("Beslut: **ja**")).isEqualTo("<p>Beslut: <strong>ja</strong></p>\n");
		for (int i = 0; i < Markdown.REMEMBERED * 2; i++) {
			assertThat(markdown.toHtml("Punkt " + i)).isEqualTo("<p>Punkt " + i + "</p>\n");
		}
		assertThat(markdown.remembered()).isLessThanOrEqualTo(Markdown.REMEMBERED);
	}

}
