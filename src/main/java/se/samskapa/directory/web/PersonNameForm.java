package se.samskapa.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's name, when a person is added or renamed.
 *
 * @param fullName the name as the person uses it
 */
public record PersonNameForm(@NotBlank(message = "{person.name.required}") @Size(max = 200,
		message = "{person.name.too.long}") String fullName) {

	static PersonNameForm empty() {
		return new PersonNameForm("");
	}

}
