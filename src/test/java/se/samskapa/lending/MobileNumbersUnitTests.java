package se.samskapa.lending;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One borrower, one number: every way of writing a Swedish mobile number is one, and what
 * is not one is refused with the reason in Swedish.
 */
class MobileNumbersUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "0701234567", "070-123 45 67", "070 123 45 67", "+46701234567", "+46 70 123 45 67",
			"+46 (0)70-123 45 67", "0046701234567", "0046 70 123 45 67", "46701234567", "46 70 123 45 67",
			" 070.123.45.67 ", "(070) 1234567" })
	void writtenAnyWayIsTheSameNumber(String written) {
		assertThat(MobileNumbers.normalise(written)).contains("+46701234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0721112233", "0731112233", "0761112233", "0791112233" })
	void everyPersonalMobileSeriesIsAccepted(String written) {
		assertThat(MobileNumbers.normalise(written)).contains("+46" + written.substring(1));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "070123456", "07012345678", "0711234567", "070-ABC 45 67", "tel: 0701234567",
			"inte ett nummer" })
	void whatIsNotAPhoneNumberIsRefused(String written) {
		assertThat(MobileNumbers.normalise(written)).isEmpty();
		assertThat(MobileNumbers.refusal(written)).isEqualTo("lending.mobile.invalid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "042-10 50 00", "08-123 456 78", "+46 42 10 50 00" })
	void landlinesAreRefusedAsNotMobile(String written) {
		assertThat(MobileNumbers.normalise(written)).isEmpty();
		assertThat(MobileNumbers.refusal(written)).isEqualTo("lending.mobile.not.mobile");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+47 901 23 456", "+4770123456", "+45 20 12 34 56", "+45701234567", "+49 176 12345678",
			"0049 176 12345678" })
	void foreignNumbersAreRefusedAsForeign(String written) {
		assertThat(MobileNumbers.normalise(written)).isEmpty();
		assertThat(MobileNumbers.refusal(written)).isEqualTo("lending.mobile.foreign");
	}

	@Test
	void everyRefusalHasASwedishMessage() throws IOException {
		Properties swedish = new Properties();
		try (Reader in = new InputStreamReader(
				MobileNumbersUnitTests.class.getResourceAsStream("/i18n/lending.properties"), StandardCharsets.UTF_8)) {
			swedish.load(in);
		}
		assertThat(swedish.getProperty(MobileNumbers.refusal("+47 901 23 456")))
			.startsWith("Det är ett utländskt nummer");
		assertThat(swedish.getProperty(MobileNumbers.refusal("042-10 50 00")))
			.startsWith("Det är inte ett mobilnummer");
		assertThat(swedish.getProperty(MobileNumbers.refusal("12345"))).startsWith("Skriv ett svenskt mobilnummer");
	}

	@Test
	void shownTheWaySwedesWriteIt() {
		assertThat(MobileNumbers.display("+46701234567")).isEqualTo("070-123 45 67");
		assertThat(MobileNumbers.display("+46761112233")).isEqualTo("076-111 22 33");
	}

}
