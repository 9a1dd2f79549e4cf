package se.samskapa.config;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merged message source keeps the rules of the one it replaces: UTF-8, Swedish for a
 * language without texts (never the machine's own), English where there are English
 * texts, every module's bundle, and arguments formatted.
 */
class MessagesConfigurationUnitTests {

	private final MessageSource messages = new MessagesConfiguration()
		.messageSource(new String[] { "i18n/shared", " i18n/search", "i18n/lending" });

	@Test
	void swedishIsReadAsUtf8AndIsWhatALanguageWithoutTextsGets() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		try {
			assertThat(messages.getMessage("nav.actions", null, Locale.forLanguageTag("sv-SE"))).isEqualTo("Åtgärder");
			assertThat(messages.getMessage("nav.actions", null, Locale.GERMAN)).isEqualTo("Åtgärder");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void englishWhereThereIsEnglishFromEveryBundleWithItsArguments() {
		assertThat(messages.getMessage("nav.mine", null, Locale.forLanguageTag("en-GB"))).isEqualTo("My pages");
		assertThat(messages.getMessage("search.person.unknown", new Object[] { "Zorro" }, Locale.ENGLISH))
			.startsWith("“Zorro” fits no one");
		assertThat(
				messages.getMessage("lending.reservation.too.many", new Object[] { 3 }, Locale.forLanguageTag("sv-SE")))
			.startsWith("Du har redan 3 reservationer");
	}

}
