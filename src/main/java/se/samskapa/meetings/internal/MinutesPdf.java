package se.samskapa.meetings.internal;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import se.samskapa.meetings.MeetingDetails;
import se.samskapa.shared.Dates;
import se.samskapa.shared.Markdown;
import se.samskapa.shared.PdfDocuments;

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
		return PdfDocuments.render(templates.process("meetings/pdf", context));
	}

}
