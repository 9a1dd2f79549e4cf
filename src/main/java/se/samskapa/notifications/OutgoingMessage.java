package se.samskapa.notifications;

import java.util.Objects;

/**
 * A message to send. It goes to every channel the recipient has an address on.
 *
 * @param subject the e-mail's subject (an SMS has none)
 * @param body plain text, the same on every channel
 * @param purpose what kind of message it is, for the record, e.g.
 * {@code lending-reminder}
 * @param reference what it is about, for the record, by id and never by name, e.g.
 * {@code lending-loan:12,13}
 */
public record OutgoingMessage(Recipient recipient, String subject, String body, String purpose, String reference) {

	public OutgoingMessage {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(purpose, "purpose");
		if (body == null || body.isBlank()) {
			throw new IllegalArgumentException("A message needs a text");
		}
	}

}
