package se.samskapa.importer.parsing;

/**
 * When an action item is due: a date (possibly without year) or the words used ("nästa
 * möte", "hösten").
 *
 * @param date the date, or {@code null}
 * @param words the words, or {@code null} where there is a date
 */
public record Due(PartialDate date, String words) {

	static Due on(PartialDate date) {
		return new Due(date, null);
	}

	static Due words(String words) {
		return new Due(null, words);
	}

	/** Whether this names a day (or the next meeting), not just a season. */
	boolean isConcrete() {
		return this.date != null || "nästa möte".equals(this.words);
	}

	/** ISO date, {@code --MM-DD}, or the words. */
	public String text() {
		return (this.date != null) ? this.date.iso() : this.words;
	}

}
