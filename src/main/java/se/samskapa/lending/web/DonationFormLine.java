package se.samskapa.lending.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import se.samskapa.lending.Condition;
import se.samskapa.lending.DonatedThing;

/**
 * One line of the form as typed, kept as text so that a mistake shows as it was written.
 * Each field comes once a line, in order ({@code sak}, {@code storlek}, {@code antal},
 * {@code skick}, {@code anteckning}).
 */
record DonationFormLine(String what, String size, String count, String condition, String note) {

	static final DonationFormLine BLANK = new DonationFormLine("", "", "1", Condition.GOOD.name(), "");

	static List<DonationFormLine> from(HttpServletRequest request) {
		String[] what = values(request, "sak");
		String[] size = values(request, "storlek");
		String[] count = values(request, "antal");
		String[] condition = values(request, "skick");
		String[] note = values(request, "anteckning");
		List<DonationFormLine> lines = new ArrayList<>();
		for (int i = 0; i < what.length; i++) {
			lines.add(new DonationFormLine(what[i], at(size, i), at(count, i).isBlank() ? "1" : at(count, i),
					at(condition, i), at(note, i)));
		}
		return lines;
	}

	boolean blank() {
		return what.isBlank();
	}

	/** The line as the service takes it; a count that is not a number is 0. */
	DonatedThing thing() {
		if (blank()) {
			return null;
		}
		int number;
		try {
			number = Integer.parseInt(count.trim());
		}
		catch (NumberFormatException ex) {
			number = 0;
		}
		Condition state;
		try {
			state = Condition.valueOf(condition);
		}
		catch (IllegalArgumentException ex) {
			state = Condition.GOOD;
		}
		return new DonatedThing(null, what, size, number, state, note);
	}

	private static String[] values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? new String[0] : values;
	}

	private static String at(String[] values, int index) {
		return index < values.length ? values[index] : "";
	}

}
