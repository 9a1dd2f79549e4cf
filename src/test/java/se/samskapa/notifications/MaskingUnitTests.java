package se.samskapa.notifications;

import org.junit.jupiter.api.Test;

import se.samskapa.notifications.internal.Masking;

import static org.assertj.core.api.Assertions.assertThat;

/** What the log may show of a number or an address. */
class MaskingUnitTests {

	@Test
	void aSwedishMobileNumberKeepsItsSeriesAndLastTwoDigits() {
		assertThat(Masking.mobile("+46701234567")).isEqualTo("+46 70*** **67");
		assertThat(Masking.address(Channel.SMS, "+46739876543")).isEqualTo("+46 73*** **43");
		assertThat(Masking.mobile("+4915112345678")).isEqualTo("+49*** **78");
		assertThat(Masking.mobile("112")).isEqualTo("***");
	}

	@Test
	void anEmailAddressKeepsItsFirstLettersAndTopLevelDomain() {
		assertThat(Masking.email("alva.lind@example.se")).isEqualTo("a***@e***.se");
		assertThat(Masking.address(Channel.EMAIL, "bo@localhost")).isEqualTo("b***@l***");
		assertThat(Masking.email("nonsense")).isEqualTo("***");
	}

}
