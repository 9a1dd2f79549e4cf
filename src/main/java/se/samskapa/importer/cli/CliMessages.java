package se.samskapa.importer.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The command's texts in Swedish, the product's language, whatever the machine's locale.
 */
final class CliMessages {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final MessageSource source;

	CliMessages(MessageSource source) {
		this.source = source;
	}

	/** The command's own texts, for what is said before Spring has started. */
	static CliMessages standalone() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/importer_cli");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new CliMessages(source);
	}

	/**
	 * The text of a key; a key without a text shows as itself with its arguments rather
	 * than failing the report of an import that has already happened.
	 */
	String get(String key, Object... arguments) {
		String message = this.source.getMessage(key, arguments, null, SWEDISH);
		if (message != null) {
			return message;
		}
		return (arguments.length == 0) ? key
				: key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", ", " (", ")"));
	}

}
