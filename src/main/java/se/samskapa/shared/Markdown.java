package se.samskapa.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Minutes are written in Markdown and shown as HTML; a single line break stays a line
 * break. Raw HTML in the text is escaped and the output is sanitized as well, so nothing
 * a writer types can run in a reader's browser. Headings are moved down two levels to sit
 * under the page's own headings. Available in templates as {@code @markdown}.
 */
@Component("markdown")
public class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "s", "del", "ins", "code",
				"pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,6}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(true, "left", "right", "center")
		.onElements("th", "td")
		.allowAttributes("href")
		.onElements("a")
		.allowStandardUrlProtocols()
		.allowUrlProtocols("mailto", "tel")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	/**
	 * How many texts {@link #toHtml} remembers. Published minutes are read far more often
	 * than written, and parsing and sanitizing the notes again for each reader was a
	 * tenth of the minutes page; the text itself is the key, so an edit is never shown
	 * stale.
	 */
	static final int REMEMBERED = 2_000;

	private final Map<String, String> html = new ConcurrentHashMap<>();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	// A line break typed in the notes is a line break on the page: the people who write
	// minutes press Enter for a new line, and imported minutes keep their lines.
	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.softbreak("<br>\n")
		.build();

	/** Safe HTML for the given Markdown; empty for null or blank input. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String known = html.get(markdown);
		if (known != null) {
			return known;
		}
		if (html.size() >= REMEMBERED) {
			// Crude but bounded: starting over costs one render per text, and the texts
			// read often come back at once.
			html.clear();
		}
		String rendered = render(markdown);
		html.put(markdown, rendered);
		return rendered;
	}

	int remembered() {
		return html.size();
	}

	private String render(String markdown) {
		Node document = parser.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + 2));
				visitChildren(heading);
			}
		});
		return POLICY.sanitize(renderer.render(document));
	}

}
