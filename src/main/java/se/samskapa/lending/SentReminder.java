package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;

import se.samskapa.shared.Dates;

/**
 * A reminder about a loan, as the call list shows it.
 *
 * @param channels the channels that took it, {@code SMS}, {@code EMAIL} or
 * {@code SMS,EMAIL}; {@code null} if none did
 * @param at when it was sent or failed, or queued if it has not been tried yet
 */
public record SentReminder(ReminderKind kind, ReminderStatus status, String channels, Instant at) {

	/** The day of {@link #at()} in Stockholm. */
	public LocalDate day() {
		return LocalDate.ofInstant(at, Dates.ZONE);
	}

	/** The key of the channels' description: SMS, EMAIL or SMS_EMAIL. */
	public String channelsKey() {
		return channels == null ? "NONE" : channels.replace(',', '_');
	}

}
