package se.samskapa.lending;

/**
 * The state an item is in, noted when it comes in and at every return. Shown as "ny",
 * "bra", "sliten", "trasig" (message keys {@code lending.condition.*}).
 */
public enum Condition {

	NEW, GOOD, WORN, BROKEN;

	public String messageKey() {
		return "lending.condition." + name();
	}

}
