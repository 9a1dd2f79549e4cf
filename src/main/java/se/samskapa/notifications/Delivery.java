package se.samskapa.notifications;

import java.time.Instant;

/**
 * One attempt to send a message on one channel, as recorded.
 *
 * @param detail why it failed, or the gateway's id for the message; never its text
 */
public record Delivery(long id, Channel channel, DeliveryStatus status, String detail, Instant at) {

	public boolean sent() {
		return status == DeliveryStatus.SENT;
	}

}
