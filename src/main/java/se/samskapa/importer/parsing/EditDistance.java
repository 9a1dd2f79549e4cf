package se.samskapa.importer.parsing;

/** Optimal string alignment distance with an early exit, for spotting misspelt names. */
final class EditDistance {

	private EditDistance() {
	}

	/**
	 * Whether {@code a} becomes {@code b} in at most {@code max} edits (adjacent swaps
	 * count one).
	 */
	static boolean atMost(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return false;
		}
		int n = a.length();
		int m = b.length();
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= m; j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d = Math.min(d, before[j - 2] + 1);
				}
				current[j] = d;
				rowMin = Math.min(rowMin, d);
			}
			if (rowMin > max) {
				return false;
			}
			int[] swap = before;
			before = previous;
			previous = current;
			current = swap;
		}
		return previous[m] <= max;
	}

}
