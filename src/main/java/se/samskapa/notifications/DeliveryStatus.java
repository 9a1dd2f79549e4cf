package se.samskapa.notifications;

/** What became of one message on one channel. */
public enum DeliveryStatus {

	/** The gateway (the SMS service, the mail server) took the message. */
	SENT,

	/**
	 * No gateway is configured for the channel: the message was written to the
	 * application log, with the recipient masked, and went nowhere.
	 */
	LOGGED,

	/** The gateway refused it or did not answer; nobody got it. */
	FAILED

}
