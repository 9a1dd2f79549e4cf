package se.samskapa.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Another name a person goes by: a nickname, a shorter or older spelling.
 *
 * @param alias the name
 */
public record AliasForm(@NotBlank(message = "{person.alias.required}") @Size(max = 200,
		message = "{person.name.too.long}") String alias) {

	static AliasForm empty() {
		return new AliasForm("");
	}

}
