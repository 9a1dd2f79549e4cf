package se.samskapa.meetings.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import se.samskapa.meetings.ActionItemView;
import se.samskapa.meetings.UpcomingMeeting;
import se.samskapa.shared.Dates;

/**
 * iCalendar (RFC 5545) feeds: a group's meetings, and a person's meetings and action
 * items. Times are written in UTC, so that the feed needs no time zone definitions and
 * every calendar shows Stockholm time correctly.
 */
@Component
public class CalendarFeeds {

	private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

	public String feed(String name, Collection<UpcomingMeeting> meetings, Collection<ActionItemView> actions,
			String baseUrl) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Samskapa//Samskapa//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
		for (UpcomingMeeting meeting : meetings) {
			calendar.add(event(meeting, baseUrl));
		}
		for (ActionItemView action : actions) {
			if (action.due().date() != null) {
				calendar.add(event(action, baseUrl));
			}
		}
		try (StringWriter out = new StringWriter()) {
			new CalendarOutputter(true).output(calendar, out);
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static VEvent event(UpcomingMeeting meeting, String baseUrl) {
		LocalTime start = meeting.start() == null ? DEFAULT_START : meeting.start();
		LocalTime end = meeting.end() == null ? start.plusHours(1) : meeting.end();
		String summary = meeting.groupName() + (meeting.title() == null ? "" : ": " + meeting.title());
		VEvent event = new VEvent(utc(meeting.date(), start), utc(meeting.date(), end), summary);
		String uid = meeting.prepared() ? "meeting-" + meeting.meetingId()
				: "group-" + meeting.groupId() + "-" + meeting.ruleDate();
		event.add(new Uid(uid + "@samskapa"));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		if (meeting.cancelled()) {
			event.add(new Status(Status.VALUE_CANCELLED));
		}
		String url = meeting.prepared() ? baseUrl + "/moten/" + meeting.meetingId()
				: baseUrl + "/grupper/" + meeting.groupSlug();
		event.add(new Url(java.net.URI.create(url)));
		if (meeting.note() != null) {
			event.add(new Description(meeting.note()));
		}
		return event;
	}

	/** An action's due date as an all-day event, so that it shows in any calendar. */
	private static VEvent event(ActionItemView action, String baseUrl) {
		VEvent event = new VEvent(action.due().date(), action.due().date().plusDays(1), "Åtgärd: " + action.what());
		event.add(new Uid("action-" + action.id() + "@samskapa"));
		event.add(new Description(action.groupName() + " – " + action.ownerNames()));
		event.add(new Url(java.net.URI.create(baseUrl + "/atgarder/" + action.id())));
		return event;
	}

	private static java.time.Instant utc(LocalDate date, LocalTime time) {
		return ZonedDateTime.of(date, time, Dates.ZONE).toInstant();
	}

}
