package se.samskapa.lending.web;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Bar charts drawn by the page as inline SVG, without a chart library or a line of
 * script: this works out where every bar, tick and label goes, and the template only
 * writes them down. Across, positions are percentages of the chart's width, so bars
 * stretch with the screen while the text keeps its size and stays legible on a phone;
 * down, they are pixels. The table under each chart is the accessible truth: the chart
 * adds the picture.
 */
final class Charts {

	/** Where the plot of a column chart starts: the tick labels' room to its left. */
	static final double PLOT_LEFT = 11;

	static final int PLOT_TOP = 12;

	static final int PLOT_HEIGHT = 180;

	/** A row of a bar chart: its label line and its bar. */
	static final int ROW_HEIGHT = 46;

	static final int LABEL_MAX = 30;

	private Charts() {
	}

	/**
	 * Columns per month, one or two series side by side (the second hatched).
	 * @param series how to read each series' value from a month; one or two
	 */
	static <T> ColumnChart columns(String id, String title, String description, List<T> months,
			Function<T, YearMonth> monthOf, List<String> seriesNames, List<ToLongFunction<T>> series, Locale locale) {
		long max = 0;
		for (T month : months) {
			for (ToLongFunction<T> value : series) {
				max = Math.max(max, value.applyAsLong(month));
			}
		}
		long step = niceStep(max);
		long top = step * 4;
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			ticks.add(new Tick(PLOT_TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / 4.0, numbers.format(step * i)));
		}
		int n = months.size();
		double slot = (100 - PLOT_LEFT) / Math.max(n, 1);
		int every = Math.max(1, (n + 11) / 12);
		double barWidth = slot * (series.size() == 1 ? 0.6 : 0.38);
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			T row = months.get(i);
			YearMonth month = monthOf.apply(row);
			double centre = PLOT_LEFT + slot * i + slot / 2;
			double left = centre - barWidth * series.size() / 2;
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < series.size(); s++) {
				long value = series.get(s).applyAsLong(row);
				double height = top == 0 ? 0 : PLOT_HEIGHT * (double) value / top;
				if (value > 0) {
					height = Math.max(height, 1.5);
				}
				bars.add(new Bar(percent(left + barWidth * s), percent(barWidth), PLOT_TOP + PLOT_HEIGHT - height,
						height, s == 1, monthName(month, locale, TextStyle.FULL_STANDALONE) + " " + month.getYear()
								+ ": " + numbers.format(value) + " " + seriesNames.get(s)));
			}
			boolean labelled = i % every == 0;
			boolean minor = (i / every) % 2 == 1;
			boolean year = month.getMonthValue() == 1 || i == 0;
			// A December first would crowd the January next to it on a phone.
			boolean yearMinor = i == 0 && month.getMonthValue() == 12 && n > 1;
			columns.add(new Column(percent(centre), labelled ? monthName(month, locale, TextStyle.SHORT) : null,
					minor && n > 6, year ? String.valueOf(month.getYear()) : null, yearMinor, bars));
		}
		List<Legend> legend = new ArrayList<>();
		for (int s = 0; s < series.size(); s++) {
			legend.add(new Legend(seriesNames.get(s), s == 1));
		}
		return new ColumnChart(id, title, description, PLOT_TOP + PLOT_HEIGHT + 46, PLOT_TOP + PLOT_HEIGHT,
				percent(PLOT_LEFT), percent(PLOT_LEFT - 1.5), ticks, columns, legend);
	}

	/**
	 * Horizontal bars, one per row, of one part or two stacked (the second hatched), with
	 * the row's label above its bar and its total at the right.
	 */
	static BarChart bars(String id, String title, String description, List<BarRow> rows, List<String> partNames,
			Locale locale) {
		long max = rows.stream().mapToLong(BarRow::total).max().orElse(0);
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<Row> drawn = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			BarRow row = rows.get(i);
			int y = i * ROW_HEIGHT;
			List<Segment> segments = new ArrayList<>();
			double x = 0;
			for (int p = 0; p < row.parts().length; p++) {
				double width = max == 0 ? 0 : 99.5 * row.parts()[p] / max;
				if (row.parts()[p] > 0) {
					segments.add(new Segment(percent(x), percent(width), p == 1,
							row.label() + ": " + numbers.format(row.parts()[p]) + " " + partNames.get(p)));
				}
				x += width;
			}
			drawn.add(new Row(shorten(row.label()), numbers.format(row.total()), y + 15, y + 21, segments));
		}
		List<Legend> legend = new ArrayList<>();
		if (partNames.size() > 1) {
			for (int p = 0; p < partNames.size(); p++) {
				legend.add(new Legend(partNames.get(p), p == 1));
			}
		}
		return new BarChart(id, title, description, Math.max(rows.size() * ROW_HEIGHT - 8, 0), drawn, legend);
	}

	/**
	 * The smallest round step (1, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, whole
	 * numbers only) that makes four steps reach the maximum: 115 gives 0, 30, 60, 90,
	 * 120.
	 */
	static long niceStep(long max) {
		for (long magnitude = 1;; magnitude *= 10) {
			for (double factor : new double[] { 1, 2, 2.5, 3, 4, 5, 6, 8 }) {
				double step = factor * magnitude;
				if (step == Math.floor(step) && step * 4 >= max) {
					return (long) step;
				}
			}
		}
	}

	/** "jan", "feb" in a chart; the table spells the month out. */
	static String monthName(YearMonth month, Locale locale, TextStyle style) {
		String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
		if (style == TextStyle.SHORT) {
			name = name.substring(0, Math.min(3, name.length()));
		}
		return name;
	}

	private static String shorten(String label) {
		return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1).strip() + "…";
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.2f%%", value);
	}

	/** A column chart: ticks across the plot, and per month its bars and labels. */
	record ColumnChart(String id, String title, String description, int height, int baseline, String plotLeft,
			String tickX, List<Tick> ticks, List<Column> columns, List<Legend> legend) {
	}

	record Tick(double y, String label) {
	}

	/**
	 * @param label the month's short name, or {@code null} where labels would crowd
	 * @param minor a label a phone leaves out (every other one)
	 * @param year the year under January and under the first month
	 * @param yearMinor a year a phone leaves out
	 */
	record Column(String x, String label, boolean minor, String year, boolean yearMinor, List<Bar> bars) {
	}

	/**
	 * @param alt the second series, hatched
	 * @param tip what a pointer over the bar shows
	 */
	record Bar(String x, String width, double y, double height, boolean alt, String tip) {
	}

	/**
	 * What a row of a bar chart shows: its label and its parts, first solid, then
	 * hatched.
	 */
	record BarRow(String label, long... parts) {

		long total() {
			long total = 0;
			for (long part : parts) {
				total += part;
			}
			return total;
		}

	}

	record BarChart(String id, String title, String description, int height, List<Row> rows, List<Legend> legend) {
	}

	record Row(String label, String value, int labelY, int barY, List<Segment> segments) {
	}

	record Segment(String x, String width, boolean alt, String tip) {
	}

	/** A key to a series: its name and whether it is the hatched one. */
	record Legend(String name, boolean alt) {
	}

}
