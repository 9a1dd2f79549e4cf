package se.samskapa.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;

/**
 * HTML rendered as PDF with the bundled DejaVu Sans (the PDF viewer may have no font with
 * å, ä and ö) embedded, tagged for screen readers (PDF/UA).
 */
public final class PdfDocuments {

	private PdfDocuments() {
	}

	public static byte[] render(String html) {
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
			throw new UncheckedIOException("Could not render a PDF", ex);
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
