package se.samskapa.meetings.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.samskapa.meetings.MeetingDetails;
import se.samskapa.shared.Dates;
import se.samskapa.shared.Markdown;

/**
 * Minutes as an accessible PDF (PDF/UA: tagged, with the fonts embedded and the language
 * set) that looks like good Swedish minutes: group and date, who was there and who was
 * not, the sections with their decisions, a table of action items and who took the notes.
 */
@Component
public class MinutesPdf {

	private final ITemplateEngine templates;

	private final Dates dates;

	private final Markdown markdown;

	private final MinutesMarkdown minutesText;

	MinutesPdf(ITemplateEngine templates, Dates dates, Markdown markdown, MinutesMarkdown minutesText) {
		this.templates = templates;
		this.dates = dates;
		this.markdown = markdown;
		this.minutesText = minutesText;
	}

	public byte[] render(MeetingDetails minutes) {
		Context context = new Context(Dates.SWEDISH);
		context.setVariable("m", minutes);
		context.setVariable("dates", dates);
		context.setVariable("markdown", markdown);
		context.setVariable("text", minutesText);
		context.setVariable("sv", Dates.SWEDISH);
		String html = templates.process("meetings/pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode()
				.usePdfUaAccessibility(true)
				.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true)
				.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true)
				.withProducer("Samskapa")
				.withHtmlContent(html, null)
				.toStream(out)
				.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the minutes as PDF", ex);
		}
	}

	private static InputStream font(String name) {
		try {
			return new ClassPathResource("fonts/" + name).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
