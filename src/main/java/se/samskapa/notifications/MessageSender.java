package se.samskapa.notifications;

/**
 * What carries messages on one channel: an SMS gateway, a mail server, or the log. One
 * bean per channel at most; without one, {@link Notifications} writes the channel's
 * messages to the log. Tests put a fake gateway here.
 */
public interface MessageSender {

	Channel channel();

	/**
	 * Sends the message to the address.
	 * @param address a mobile number in E.164 form for {@link Channel#SMS}, an e-mail
	 * address for {@link Channel#EMAIL}
	 * @return the gateway's id for the message, or {@code null} if it gives none
	 * @throws MessageNotSent when the gateway refuses it or cannot be reached
	 */
	String send(String address, OutgoingMessage message);

	/**
	 * Whether a message sent here reaches a person; the logging sender's do not.
	 */
	default boolean delivers() {
		return true;
	}

}
