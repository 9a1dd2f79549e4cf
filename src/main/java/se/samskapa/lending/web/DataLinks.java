package se.samskapa.lending.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The link to a borrower's own data page as the counter shows it: the full address to
 * type or print, and a QR code (ZXing) for the borrower's phone to scan off the screen.
 */
@Component
class DataLinks {

	static final String PATH = "/fritidsbanken/mina-uppgifter/";

	/** Pixels per QR module, and the quiet zone around the code in modules. */
	private static final int MODULE = 6;

	private static final int MARGIN = 4;

	/** The link of a token, for the current request's host. */
	Link link(String token) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + token).toUriString();
		return new Link(url, qrCode(url));
	}

	/** A PNG data URI, which the Content-Security-Policy allows as an image. */
	static String qrCode(String text) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A short address always fits a QR code", ex);
		}
		int size = modules.getWidth() * MODULE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < size; x++) {
			for (int y = 0; y < size; y++) {
				image.setRGB(x, y, modules.get(x / MODULE, y / MODULE) ? 0x000000 : 0xFFFFFF);
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
	 * @param url the page's full address
	 * @param qrCode the address as a QR code, a PNG data URI
	 */
	record Link(String url, String qrCode) {
	}

}
