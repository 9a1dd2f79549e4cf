package se.samskapa.importer.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text. Old exports from Word and Windows are often
 * Windows-1252 rather than UTF-8; strict UTF-8 fails on them (å ä ö are single bytes), so
 * that is the fallback. Byte order marks decide first.
 */
final class TextDecoding {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoding() {
	}

	/** The decoded text and the name of the encoding it was in. */
	record Decoded(String text, String encoding) {
	}

	static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
		}
		try {
			return new Decoded(strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
		}
		catch (CharacterCodingException notUtf8) {
			CharsetDecoder decoder = WINDOWS_1252.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			try {
				CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes));
				return new Decoded(text.toString(), "Windows-1252");
			}
			catch (CharacterCodingException cannotHappen) {
				throw new IllegalStateException(cannotHappen);
			}
		}
	}

	/**
	 * Whether the bytes look like a binary file rather than text: NUL bytes (which no
	 * text encoding but UTF-16 has, and UTF-16 was recognised by its byte order mark) or
	 * many control characters.
	 */
	static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x09 || (b > 0x0D && b < 0x20)) {
				control++;
			}
		}
		return sample > 0 && control * 10 > sample;
	}

	static boolean hasByteOrderMark(byte[] bytes) {
		return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
