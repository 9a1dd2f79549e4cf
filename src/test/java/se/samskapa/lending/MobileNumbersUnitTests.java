package se.samskapa.lending;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One borrower, one number: every way of writing a Swedish mobile number is one. */
class MobileNumbersUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "0701234567", "070-123 45 67", "070 123 45 67", "+46701234567", "+46 70 123 45 67",
			"+46 (0)70-123 45 67", "0046701234567", " 070.123.45.67 ", "(070) 1234567" })
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
	@ValueSource(strings = { "08-123 456 78", "070123456", "07012345678", "0711234567", "+4770123456", "+45701234567",
			"070-ABC 45 67", "tel: 0701234567", "46701234567" })
	void whatIsNotASwedishMobileNumberIsRefused(String written) {
		assertThat(MobileNumbers.normalise(written)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void shownTheWaySwedesWriteIt() {
		assertThat(MobileNumbers.display("+46701234567")).isEqualTo("070-123 45 67");
	}

}
