package se.samskapa.lending.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the bars, ticks and labels of the server-drawn charts go.
 */
class ChartsUnitTests {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	@Test
	void theScaleHasFourRoundSteps() {
		assertThat(Charts.niceStep(0)).isEqualTo(1);
		assertThat(Charts.niceStep(4)).isEqualTo(1);
		assertThat(Charts.niceStep(5)).isEqualTo(2);
		assertThat(Charts.niceStep(9)).isEqualTo(3);
		assertThat(Charts.niceStep(20)).isEqualTo(5);
		assertThat(Charts.niceStep(100)).isEqualTo(25);
		assertThat(Charts.niceStep(115)).isEqualTo(30);
		assertThat(Charts.niceStep(201)).isEqualTo(60);
		assertThat(Charts.niceStep(3_999)).isEqualTo(1_000);
	}

	@Test
	void columnsStandOnTheBaselineInProportionAndNoneForZero() {
		List<long[]> months = List.of(new long[] { 2026_12, 100, 10 }, new long[] { 2027_01, 0, 0 },
				new long[] { 2027_02, 50, 0 });
		Charts.ColumnChart chart = Charts.columns("c", "Lån", "Beskrivning", months, ChartsUnitTests::month,
				List.of("nya lån", "förlängningar"), List.<ToLongFunction<long[]>>of(m -> m[1], m -> m[2]), SWEDISH);

		assertThat(chart.ticks()).extracting(Charts.Tick::label).containsExactly("0", "25", "50", "75", "100");
		Charts.Bar december = chart.columns().get(0).bars().get(0);
		assertThat(december.height()).isEqualTo(Charts.PLOT_HEIGHT);
		assertThat(december.y() + december.height()).isEqualTo(chart.baseline());
		assertThat(december.tip()).isEqualTo("december 2026: 100 nya lån");
		assertThat(chart.columns().get(0).bars().get(1).alt()).isTrue();
		assertThat(chart.columns().get(0).bars().get(1).height()).isEqualTo(Charts.PLOT_HEIGHT / 10.0);
		assertThat(chart.columns().get(1).bars()).allSatisfy(bar -> assertThat(bar.height()).isZero());
		assertThat(chart.columns().get(2).bars().get(0).height()).isEqualTo(Charts.PLOT_HEIGHT / 2.0);
		// The year under the first month and under January; month names short.
		assertThat(chart.columns()).extracting(Charts.Column::label).containsExactly("dec", "jan", "feb");
		assertThat(chart.columns()).extracting(Charts.Column::year).containsExactly("2026", "2027", null);
		assertThat(chart.columns().get(0).yearMinor()).isTrue();
		assertThat(chart.legend()).extracting(Charts.Legend::alt).containsExactly(false, true);
	}

	@Test
	void manyMonthsAreLabelledSparselyAndAPhoneShowsEveryOtherLabel() {
		List<long[]> months = new ArrayList<>();
		for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
			months.add(new long[] { m.getYear() * 100L + m.getMonthValue(), 1 });
		}
		Charts.ColumnChart chart = Charts.columns("c", "Lån", "", months, ChartsUnitTests::month, List.of("lån"),
				List.<ToLongFunction<long[]>>of(m -> m[1]), SWEDISH);

		assertThat(chart.columns()).hasSize(24);
		assertThat(chart.columns().stream().filter(c -> c.label() != null)).hasSize(12);
		assertThat(chart.columns().stream().filter(c -> c.label() != null && !c.minor())).hasSize(6);
		assertThat(chart.columns().get(1).label()).isNull();
		assertThat(chart.columns().get(0).x())
			.isEqualTo(String.format(Locale.ROOT, "%.2f%%", Charts.PLOT_LEFT + (100 - Charts.PLOT_LEFT) / 48));
	}

	@Test
	void barsStackTheirPartsAndTheLongestFillsTheWidth() {
		Charts.BarChart chart = Charts.bars("b", "Sökningar", "",
				List.of(new Charts.BarRow("kanot", 6, 2),
						new Charts.BarRow("ett väldigt långt sökord som inte får plats", 0, 4)),
				List.of("fanns inte", "allt utlånat"), SWEDISH);

		Charts.Row kanot = chart.rows().get(0);
		assertThat(kanot.value()).isEqualTo("8");
		assertThat(kanot.segments()).extracting(Charts.Segment::x, Charts.Segment::width, Charts.Segment::alt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("0.00%", "74.63%", false),
					org.assertj.core.groups.Tuple.tuple("74.63%", "24.88%", true));
		Charts.Row longOne = chart.rows().get(1);
		assertThat(longOne.label()).isEqualTo("ett väldigt långt sökord som…");
		assertThat(longOne.segments()).singleElement().satisfies(s -> assertThat(s.alt()).isTrue());
		assertThat(longOne.barY()).isEqualTo(Charts.ROW_HEIGHT + 21);
		assertThat(chart.height()).isEqualTo(2 * Charts.ROW_HEIGHT - 8);
	}

	@Test
	void largeNumbersAreWrittenTheSwedishWay() {
		Charts.BarChart chart = Charts.bars("b", "Lån", "", List.of(new Charts.BarRow("Vintersport", 12_345)),
				List.of("lån"), SWEDISH);
		assertThat(chart.rows().get(0).value()).isEqualTo("12\u00a0345");
		assertThat(chart.legend()).isEmpty();
	}

	private static YearMonth month(long[] row) {
		return YearMonth.of((int) (row[0] / 100), (int) (row[0] % 100));
	}

}
