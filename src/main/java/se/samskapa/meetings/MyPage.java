package se.samskapa.meetings;

import java.util.List;
import java.util.Optional;

import se.samskapa.groups.GroupView;

/**
 * What "Mina sidor" shows a person.
 *
 * @param groups the groups the person is a member of
 * @param actions the person's most pressing open actions, and how many are open
 * @param upcoming the coming meetings of those groups
 * @param awaiting minutes waiting for the person's approval
 * @param calendarToken the secret of the person's calendar address, once one is made
 */
public record MyPage(List<GroupView> groups, OpenActions actions, List<UpcomingMeeting> upcoming,
		List<MeetingSummary> awaiting, Optional<String> calendarToken) {
}
