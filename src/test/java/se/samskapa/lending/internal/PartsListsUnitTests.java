package se.samskapa.lending.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A parts list as staff type it, one part a line or with commas. */
class PartsListsUnitTests {

	@Test
	void linesAndCommasSeparateTheParts() {
		assertThat(PartsLists.parse("tältduk, stänger, pinnar")).containsExactly("Tältduk", "Stänger", "Pinnar");
		assertThat(PartsLists.parse("Innertält\r\nYttertält\n\n  Tältstänger  ;Tältpinnar"))
			.containsExactly("Innertält", "Yttertält", "Tältstänger", "Tältpinnar");
	}

	@Test
	void eachPartOnceBlankOnesDropped() {
		assertThat(PartsLists.parse("Pinnar, pinnar,  , PINNAR, Stänger")).containsExactly("Pinnar", "Stänger");
		assertThat(PartsLists.parse("   ")).isEmpty();
		assertThat(PartsLists.parse(null)).isEmpty();
		assertThat(PartsLists.clean(null)).isEmpty();
		assertThat(PartsLists.clean(List.of("mask", " ", "snorkel"))).containsExactly("Mask", "Snorkel");
	}

	@Test
	void theFormShowsOnePartALine() {
		assertThat(PartsLists.format(List.of("Mask", "Snorkel"))).isEqualTo("Mask\nSnorkel");
		assertThat(PartsLists.parse(PartsLists.format(List.of("Mask", "Snorkel")))).containsExactly("Mask", "Snorkel");
	}

}
