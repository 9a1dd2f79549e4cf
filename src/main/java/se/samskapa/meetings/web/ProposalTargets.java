package se.samskapa.meetings.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.UpcomingMeeting;
import se.samskapa.shared.NotFoundException;

/**
 * The value of a "propose to which meeting" choice: a prepared meeting ({@code m:ID}) or
 * a coming occurrence of a group's rule ({@code r:GROUP:DATE}), which gets prepared so
 * that the proposal has an agenda to land on.
 */
@Component
class ProposalTargets {

	private final MeetingManagement meetings;

	ProposalTargets(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	static String valueOf(UpcomingMeeting meeting) {
		return meeting.prepared() ? "m:" + meeting.meetingId() : "r:" + meeting.groupId() + ":" + meeting.ruleDate();
	}

	long resolve(String value) {
		String[] parts = value.split(":");
		try {
			if (parts.length == 2 && parts[0].equals("m")) {
				return Long.parseLong(parts[1]);
			}
			if (parts.length == 3 && parts[0].equals("r")) {
				return meetings.prepare(Long.parseLong(parts[1]), LocalDate.parse(parts[2]));
			}
		}
		catch (NumberFormatException | java.time.format.DateTimeParseException ex) {
			throw new NotFoundException("No meeting " + value);
		}
		throw new NotFoundException("No meeting " + value);
	}

}
