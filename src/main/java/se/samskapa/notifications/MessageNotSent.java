package se.samskapa.notifications;

/**
 * A gateway refused a message or could not be reached. The message says why in a few
 * words (an HTTP status, "timeout") and never holds the recipient or the text.
 */
public class MessageNotSent extends RuntimeException {

	public MessageNotSent(String reason) {
		super(reason);
	}

	public MessageNotSent(String reason, Throwable cause) {
		super(reason, cause);
	}

}
