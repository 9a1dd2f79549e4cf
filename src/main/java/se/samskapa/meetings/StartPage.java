package se.samskapa.meetings;

import java.util.List;
import java.util.Optional;

import se.samskapa.groups.GroupView;

/**
 * What the start page shows.
 *
 * @param groups every group
 * @param upcoming the groups' next meetings
 * @param latest the latest published minutes
 * @param myActions the visitor's most pressing open actions, when logged in as a person
 */
public record StartPage(List<GroupView> groups, List<UpcomingMeeting> upcoming, List<MeetingSummary> latest,
		Optional<List<ActionSummary>> myActions) {
}
