package se.samskapa.importer;

import java.util.List;

/**
 * Something the coordinator is told about a file, as a message key and its arguments.
 *
 * @param key the message key
 * @param arguments its arguments
 * @param blocking whether the file cannot be saved until it is dealt with
 */
public record ReviewNote(String key, List<Object> arguments, boolean blocking) {

	public ReviewNote {
		arguments = List.copyOf(arguments);
	}

	public static ReviewNote blocking(String key, Object... arguments) {
		return new ReviewNote(key, List.of(arguments), true);
	}

	public static ReviewNote notice(String key, Object... arguments) {
		return new ReviewNote(key, List.of(arguments), false);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
