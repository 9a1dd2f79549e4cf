package se.samskapa.support;

import java.util.Map;

/**
 * The access-matrix tests list endpoints one a line ({@code POST /moten/{lg}/publicera});
 * the ids their placeholders stand for are known only at run time.
 */
public final class EndpointLines {

	private EndpointLines() {
	}

	/** The line with each {@code {name}} replaced by its id. */
	public static String resolve(String endpoint, Map<String, Long> ids) {
		String resolved = endpoint;
		for (Map.Entry<String, Long> id : ids.entrySet()) {
			resolved = resolved.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
		}
		return resolved;
	}

}
