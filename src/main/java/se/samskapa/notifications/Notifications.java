package se.samskapa.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import se.samskapa.notifications.internal.LoggingSender;
import se.samskapa.notifications.internal.Masking;
import se.samskapa.notifications.internal.MessageLog;

/**
 * Sends messages by SMS and e-mail through whichever gateway is configured for each
 * channel, and records every attempt (purpose, reference, channel, status, time; never
 * the text or the recipient).
 * <p>
 * Sending talks to a gateway over the network and may take seconds, so call it after the
 * change the message is about is committed, never inside a transaction a person waits
 * for: typically from an {@code @ApplicationModuleListener}, which runs after the commit
 * on its own thread and, through Spring Modulith's event publication registry, again
 * after a crash.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final Map<Channel, MessageSender> senders = new EnumMap<>(Channel.class);

	private final MessageLog messageLog;

	private final Clock clock;

	Notifications(List<MessageSender> gateways, MessageLog messageLog, Clock clock) {
		this.messageLog = messageLog;
		this.clock = clock;
		for (MessageSender gateway : gateways) {
			MessageSender other = senders.put(gateway.channel(), gateway);
			if (other != null) {
				throw new IllegalStateException("Two senders for " + gateway.channel() + ": "
						+ other.getClass().getSimpleName() + " and " + gateway.getClass().getSimpleName());
			}
		}
		for (Channel channel : Channel.values()) {
			senders.computeIfAbsent(channel, LoggingSender::new);
		}
		senders.values()
			.forEach(sender -> log.info("{} messages: {}", sender.channel(), sender.getClass().getSimpleName()));
	}

	/**
	 * Whether messages on the channel reach people: a gateway is configured for it, and
	 * they are not only written to the log.
	 */
	public boolean delivers(Channel channel) {
		return senders.get(channel).delivers();
	}

	/**
	 * Sends the message on every channel the recipient has an address on (SMS first, then
	 * e-mail). A gateway's refusal, error or time-out never comes out of here: it is
	 * logged and recorded as {@link DeliveryStatus#FAILED}.
	 * @return one delivery per channel tried
	 */
	public List<Delivery> send(OutgoingMessage message) {
		List<Delivery> deliveries = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			String address = message.recipient().address(channel);
			if (address != null) {
				deliveries.add(send(channel, address, message));
			}
		}
		return deliveries;
	}

	private Delivery send(Channel channel, String address, OutgoingMessage message) {
		MessageSender sender = senders.get(channel);
		DeliveryStatus status;
		String detail;
		try {
			detail = sender.send(address, message);
			status = sender.delivers() ? DeliveryStatus.SENT : DeliveryStatus.LOGGED;
		}
		catch (MessageNotSent ex) {
			status = DeliveryStatus.FAILED;
			detail = ex.getMessage();
			log.warn("{} {} to {} ({}) was not sent: {}", message.purpose(), channel, Masking.address(channel, address),
					message.reference(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			status = DeliveryStatus.FAILED;
			detail = ex.getClass().getSimpleName();
			log.warn("{} {} to {} ({}) was not sent", message.purpose(), channel, Masking.address(channel, address),
					message.reference(), ex);
		}
		return messageLog.record(message.purpose(), message.reference(), channel, status, detail, clock.instant());
	}

	/** The recorded attempts for a purpose and reference, the latest first. */
	public List<Delivery> deliveries(String purpose, String reference) {
		return messageLog.find(purpose, reference);
	}

}
