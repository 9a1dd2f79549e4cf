package se.samskapa.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samskapa.meetings.Due;
import se.samskapa.meetings.DueKind;
import se.samskapa.meetings.Owner;

/**
 * An action item as typed in the minutes editor.
 *
 * @param what what is to be done
 * @param ownerPersonIds the people who answer for it
 * @param ownerOrganisationId an organisation that answers for it
 * @param ownerLabel words, when no person or organisation fits ("gruppen")
 * @param dueKind how the due date is given
 * @param dueDate the date, for {@link DueKind#DATE}
 * @param dueText the words, for {@link DueKind#TEXT}
 */
public record ActionForm(String what, List<Long> ownerPersonIds, Long ownerOrganisationId, String ownerLabel,
		DueKind dueKind, LocalDate dueDate, String dueText) {

	public static ActionForm empty() {
		return new ActionForm("", List.of(), null, "", DueKind.NEXT_MEETING, null, "");
	}

	/**
	 * The message key of the first problem, or {@code null} when the form is complete.
	 */
	String problem() {
		if (what == null || what.isBlank()) {
			return "action.what.required";
		}
		if (dueKind == DueKind.DATE && dueDate == null) {
			return "action.due.date.required";
		}
		if (dueKind == DueKind.TEXT && (dueText == null || dueText.isBlank())) {
			return "action.due.text.required";
		}
		return null;
	}

	List<Owner> owners() {
		List<Owner> owners = new ArrayList<>();
		if (ownerPersonIds != null) {
			ownerPersonIds.forEach(id -> owners.add(Owner.person(id)));
		}
		if (ownerOrganisationId != null) {
			owners.add(Owner.organisation(ownerOrganisationId));
		}
		if (ownerLabel != null && !ownerLabel.isBlank()) {
			owners.add(Owner.label(ownerLabel));
		}
		return owners;
	}

	Due due() {
		DueKind kind = dueKind == null ? DueKind.NONE : dueKind;
		return switch (kind) {
			case NONE -> Due.NONE;
			case DATE -> Due.on(dueDate);
			case NEXT_MEETING -> Due.nextMeeting(null);
			case TEXT -> Due.text(dueText);
		};
	}

	public boolean ownsPerson(long personId) {
		return ownerPersonIds != null && ownerPersonIds.contains(personId);
	}

}
