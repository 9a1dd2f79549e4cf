package se.samskapa.lending.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import se.samskapa.lending.ItemView;
import se.samskapa.lending.SiteView;
import se.samskapa.shared.PdfDocuments;

/**
 * Sticker sheets for the items: A4 with 3 × 8 labels (the common 70 × 37 mm sheet), each
 * with the item's Code 128 barcode, its number in plain text for when the scanner fails,
 * and what the item is.
 */
@Component
public class LabelSheet {

	/** Pixels per bar module: wide enough for a cheap scanner at print resolution. */
	private static final int MODULE = 3;

	private static final int HEIGHT = 60;

	private final ITemplateEngine templates;

	LabelSheet(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(SiteView site, List<ItemView> items, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("site", site);
		context.setVariable("labels", items.stream().map(item -> new Label(item, barcode(item.barcode()))).toList());
		return PdfDocuments.render(templates.process("lending/labels", context));
	}

	/** A PNG data URI, which the PDF renderer embeds as it is. */
	static String barcode(String value) {
		BitMatrix bars = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 0);
		BufferedImage image = new BufferedImage(bars.getWidth() * MODULE, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < image.getWidth(); x++) {
			int rgb = bars.get(x / MODULE, 0) ? 0x000000 : 0xFFFFFF;
			for (int y = 0; y < HEIGHT; y++) {
				image.setRGB(x, y, rgb);
			}
		}
		try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param item the item
	 * @param barcode its barcode as a data URI
	 */
	public record Label(ItemView item, String barcode) {
	}

}
