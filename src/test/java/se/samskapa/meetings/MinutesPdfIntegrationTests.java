package se.samskapa.meetings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.samskapa.meetings.internal.MinutesPdf;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF reads like Swedish minutes: group and date, present and absent with their
 * organisations, the sections, decisions, a table of actions, and who took the notes. It
 * is tagged for accessibility and says it is in Swedish.
 */
@SamskapaTest
@Import(DemoMeetings.class)
class MinutesPdfIntegrationTests {

	@Autowired
	MinutesPdf pdf;

	@Autowired
	MeetingReader reader;

	@Autowired
	DemoMeetings demo;

	@Test
	void thePdfHoldsWhatGoodSwedishMinutesHold() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.render(reader.details(demo.seed001())))) {
			// Lines wrap where the page ends; compare the words, not the line breaks.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Protokoll: Ledningsgrupp för utveckling 20 februari 2026", "Närvarande",
					"Bo Pettersson, Ria/G7", "Frånvarande", "Ivan Kuzhikov, Vorta Drom", "1. Lokalfrågan",
					"Åtgärder från mötet", "Ha ett lokalprogram färdigt till nästa möte", "senast 9 mars 2026",
					"Vid pennan", "David Bergström", "Justerat av", "Sida 1 av");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Protokoll: Ledningsgrupp för utveckling 20 februari 2026");
		}
	}

	@Test
	void aDraftSaysItIsADraft() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.render(reader.details(demo.nextLg())))) {
			assertThat(new PDFTextStripper().getText(document)).contains("UTKAST");
		}
	}

}
