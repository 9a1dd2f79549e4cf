package se.samskapa.directory.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sorts names the Swedish way (Å, Ä, Ö after Z; Ängelholm after Zlatan), whatever
 * collation the database was created with.
 */
final class SwedishOrder {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private SwedishOrder() {
	}

	static <T> List<T> sorted(Collection<T> items, Function<T, String> name) {
		Collator collator = Collator.getInstance(SWEDISH);
		return items.stream().sorted(Comparator.comparing(name, collator)).toList();
	}

}
