package se.samskapa.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable URL parts made from names: "Fritidsbanken Hälsingborg" →
 * "fritidsbanken-halsingborg".
 */
public final class Slugs {

	private Slugs() {
	}

	/**
	 * The name in lower-case ASCII letters and digits joined by dashes, or the fallback.
	 */
	public static String of(String name, String fallback) {
		String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? fallback : slug;
	}

}
