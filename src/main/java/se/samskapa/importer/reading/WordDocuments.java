package se.samskapa.importer.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word documents (.docx) as Markdown-like text: headings become {@code #} lines, list
 * paragraphs become {@code -} lines, table rows become lines with the cells separated by
 * commas (attendance is often a table of name and organisation), so that the minutes
 * parser sees the same shapes as in text files.
 */
final class WordDocuments {

	private WordDocuments() {
	}

	/** The text and the date the document was created, if it says. */
	record Read(String text, LocalDate created) {
	}

	static Read read(byte[] bytes) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element.getElementType() == BodyElementType.PARAGRAPH) {
					paragraph((XWPFParagraph) element, text);
				}
				else if (element.getElementType() == BodyElementType.TABLE) {
					table((XWPFTable) element, text);
				}
			}
			Date created = document.getProperties().getCoreProperties().getCreated();
			LocalDate date = created == null ? null
					: created.toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
			return new Read(text.toString(), date);
		}
	}

	private static void paragraph(XWPFParagraph paragraph, StringBuilder text) {
		String content = paragraph.getText().strip();
		if (content.isEmpty()) {
			text.append('\n');
			return;
		}
		int level = headingLevel(paragraph.getStyle());
		if (level > 0) {
			text.append("\n").append("#".repeat(Math.min(level + 1, 6))).append(' ').append(content).append("\n\n");
		}
		else if (paragraph.getNumID() != null) {
			text.append("- ").append(content).append('\n');
		}
		else {
			text.append(content).append("\n\n");
		}
	}

	private static void table(XWPFTable table, StringBuilder text) {
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				String value = cell.getText().strip();
				if (!value.isEmpty()) {
					cells.add(value);
				}
			}
			if (!cells.isEmpty()) {
				text.append(String.join(", ", cells)).append('\n');
			}
		}
		text.append('\n');
	}

	/** "Heading1", "Rubrik1", "heading 2" and the like; 0 when not a heading style. */
	static int headingLevel(String style) {
		if (style == null) {
			return 0;
		}
		String normalised = style.toLowerCase(Locale.ROOT).replace(" ", "");
		if (normalised.equals("title") || normalised.equals("rubrik")) {
			return 1;
		}
		for (String prefix : new String[] { "heading", "rubrik" }) {
			if (normalised.startsWith(prefix) && normalised.length() > prefix.length()
					&& Character.isDigit(normalised.charAt(prefix.length()))) {
				return normalised.charAt(prefix.length()) - '0';
			}
		}
		return 0;
	}

}
