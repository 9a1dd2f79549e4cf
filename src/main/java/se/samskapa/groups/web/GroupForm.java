package se.samskapa.groups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupView;
import se.samskapa.shared.RuleViolation;

/**
 * What a group is: used both to create a group and to change its details.
 *
 * @param name the group's name
 * @param kind standing or working group
 * @param reportsToId the standing group a working group reports to
 * @param description what the group is for
 */
public record GroupForm(
		@NotBlank(message = "{group.name.required}") @Size(max = 120, message = "{group.name.too.long}") String name,
		@NotNull(message = "{group.kind.required}") GroupKind kind, Long reportsToId,
		@Size(max = 2000, message = "{group.description.too.long}") String description) {

	static GroupForm empty() {
		return new GroupForm("", GroupKind.STANDING, null, "");
	}

	static GroupForm of(GroupView group) {
		return new GroupForm(group.name(), group.kind(), group.reportsToId(),
				group.description() == null ? "" : group.description());
	}

	/** Ties a broken rule of the groups module to the field it is about. */
	static void reject(Errors errors, RuleViolation violation) {
		String field = switch (violation.messageKey()) {
			case "group.name.taken" -> "name";
			case "group.has.working.groups" -> "kind";
			default -> "reportsToId";
		};
		errors.rejectValue(field, violation.messageKey(), violation.arguments(), null);
	}

	/** A working group exists to report to a standing group, so it must name one. */
	void check(Errors errors) {
		if (kind == GroupKind.WORKING && reportsToId == null && !errors.hasFieldErrors("reportsToId")) {
			errors.rejectValue("reportsToId", "group.reports.to.required");
		}
	}

}
