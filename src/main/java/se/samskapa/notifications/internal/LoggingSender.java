package se.samskapa.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samskapa.notifications.Channel;
import se.samskapa.notifications.MessageSender;
import se.samskapa.notifications.OutgoingMessage;

/**
 * The default for a channel without a gateway: the message is written to the application
 * log, with the number or address masked, and goes nowhere. Enough for development and
 * the demo, and honest on the record ({@code LOGGED}, not sent).
 */
public class LoggingSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

	private final Channel channel;

	public LoggingSender(Channel channel) {
		this.channel = channel;
	}

	@Override
	public Channel channel() {
		return channel;
	}

	@Override
	public String send(String address, OutgoingMessage message) {
		log.info("{} not sent (no {} gateway configured) to {}, {} {}:{}{}", channel, channel,
				Masking.address(channel, address), message.purpose(), message.reference(), System.lineSeparator(),
				message.body());
		return null;
	}

	@Override
	public boolean delivers() {
		return false;
	}

}
