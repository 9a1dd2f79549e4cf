package se.samskapa.directory.web;

import jakarta.validation.constraints.NotNull;

/**
 * The duplicate record a coordinator merges into the person whose page they are on.
 *
 * @param duplicateId the record that turned out to be the same person
 */
public record MergeForm(@NotNull(message = "{person.merge.choose}") Long duplicateId) {

	static MergeForm empty() {
		return new MergeForm(null);
	}

}
