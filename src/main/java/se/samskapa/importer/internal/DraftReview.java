package se.samskapa.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samskapa.groups.GroupManagement;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportDraft.Candidate;
import se.samskapa.importer.ImportDraft.DraftPerson;
import se.samskapa.importer.ReviewNote;
import se.samskapa.meetings.MeetingReader;

/**
 * What the coordinator must decide before a draft can be saved, and what they should
 * know. Worked out afresh each time, since the directory and the meetings change while a
 * batch waits.
 */
@Component
class DraftReview {

	private final GroupManagement groups;

	private final MeetingReader meetings;

	DraftReview(GroupManagement groups, MeetingReader meetings) {
		this.groups = groups;
		this.meetings = meetings;
	}

	List<ReviewNote> notes(ImportDraft draft) {
		List<ReviewNote> notes = new ArrayList<>();
		if (draft.groupId() == null || groups.group(draft.groupId()).isEmpty()) {
			notes.add(draft.groupWritten() == null ? ReviewNote.blocking("importer.review.group")
					: ReviewNote.blocking("importer.review.group.unknown", draft.groupWritten()));
		}
		if (draft.date() == null) {
			notes.add(draft.dateWritten() == null ? ReviewNote.blocking("importer.review.date")
					: ReviewNote.blocking("importer.review.date.year", draft.dateWritten()));
		}
		else if (draft.dateUnsure()) {
			notes.add(ReviewNote.blocking("importer.review.date.unsure", draft.date().toString()));
		}
		if (draft.groupId() != null && draft.date() != null && !draft.sameDayConfirmed()
				&& !meetings.ofGroupOn(draft.groupId(), draft.date()).isEmpty()) {
			notes.add(ReviewNote.blocking("importer.review.same.day", draft.date().toString()));
		}
		for (DraftPerson person : draft.everyone()) {
			if (person.ambiguous()) {
				notes.add(ReviewNote.blocking("importer.review.ambiguous", person.written(),
						person.candidates().stream().map(Candidate::name).collect(Collectors.joining(", "))));
			}
		}
		for (DraftPerson person : draft.everyone()) {
			if (person.isNew()) {
				notes.add(ReviewNote.notice("importer.review.new.person", person.name()));
			}
			else if (person.guessed() && !person.written().equalsIgnoreCase(person.name())) {
				notes.add(ReviewNote.notice("importer.review.guessed", person.written(), person.name()));
			}
		}
		if (draft.present().isEmpty()) {
			notes.add(ReviewNote.notice("importer.review.no.attendance"));
		}
		long withoutOwner = draft.actions().stream().filter(a -> a.owners() == null || a.owners().isBlank()).count();
		if (withoutOwner > 0) {
			notes.add(ReviewNote.notice("importer.review.action.owner", withoutOwner));
		}
		if (draft.rule() != null && !draft.applyRule()) {
			notes.add(ReviewNote.notice("importer.review.rule", draft.rule().text()));
		}
		return notes.stream().distinct().toList();
	}

}
