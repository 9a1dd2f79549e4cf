package se.samskapa.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samskapa.directory.OrganisationKind;
import se.samskapa.directory.OrganisationView;

/**
 * An organisation as the coordinator types it.
 *
 * @param name the full name (socialförvaltningen)
 * @param shortName the common abbreviation (SOF), if any
 * @param kind what kind of body it is
 * @param aliases other names it goes by, separated by commas
 */
public record OrganisationForm(
		@NotBlank(message = "{organisation.name.required}") @Size(max = 200,
				message = "{organisation.name.too.long}") String name,
		@Size(max = 40, message = "{organisation.shortName.too.long}") String shortName,
		@NotNull(message = "{organisation.kind.required}") OrganisationKind kind, String aliases) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", null, "");
	}

	static OrganisationForm of(OrganisationView organisation) {
		return new OrganisationForm(organisation.name(),
				organisation.shortName() == null ? "" : organisation.shortName(), organisation.kind(),
				String.join(", ", organisation.aliases()));
	}

	/** The aliases one by one, without blanks or repeats (ignoring case). */
	List<String> aliasList() {
		if (aliases == null) {
			return List.of();
		}
		Map<String, String> unique = new LinkedHashMap<>();
		Arrays.stream(aliases.split(","))
			.map(String::trim)
			.filter(alias -> !alias.isEmpty())
			.forEach(alias -> unique.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias));
		return List.copyOf(unique.values());
	}

}
