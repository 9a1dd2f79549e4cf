package se.samskapa.lending.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers new items get: the site's series continued, or a new one from its name. */
class ItemNumbersUnitTests {

	@Test
	void theSeriesMostNumbersBelongToIsTheSitesSeries() {
		assertThat(ItemNumbers.seriesOf(List.of("HBG-0001", "HBG-0002", "GML-7", "PG-SKATES-38", "hbg-0003")))
			.contains("HBG");
		assertThat(ItemNumbers.seriesOf(List.of("PG-SKATES-38", "PG-TENT-1x"))).isEmpty();
		assertThat(ItemNumbers.seriesOf(List.of())).isEmpty();
	}

	@Test
	void aSiteWithoutASeriesGetsOneFromItsName() {
		assertThat(ItemNumbers.prefixFor("Fritidsbanken Helsingborg")).isEqualTo("HEL");
		assertThat(ItemNumbers.prefixFor("Fritidsbanken Älmhult")).isEqualTo("ALM");
		assertThat(ItemNumbers.prefixFor("Fritidsbanken Ö")).isEqualTo("O");
		assertThat(ItemNumbers.prefixFor("Fritidsbanken pg Centrum")).isEqualTo("PGC");
		assertThat(ItemNumbers.prefixFor("Fritidsbanken")).isEqualTo("FB");
		assertThat(ItemNumbers.prefixFor(null)).isEqualTo("FB");
	}

	@Test
	void theNextNumberFollowsTheHighestWithAtLeastFourDigits() {
		assertThat(ItemNumbers.next("HBG", 300, 4)).isEqualTo("HBG-0301");
		assertThat(ItemNumbers.next("HBG", 9999, 4)).isEqualTo("HBG-10000");
		assertThat(ItemNumbers.next("ALM", null, null)).isEqualTo("ALM-0001");
		assertThat(ItemNumbers.next("GML", 7, 1)).isEqualTo("GML-0008");
		assertThat(ItemNumbers.next("BIG", 41, 6)).isEqualTo("BIG-000042");
	}

}
