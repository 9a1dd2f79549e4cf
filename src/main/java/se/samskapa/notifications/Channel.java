package se.samskapa.notifications;

/** How a message reaches its recipient. */
public enum Channel {

	/** A text message to a mobile number. */
	SMS,

	/** An e-mail. */
	EMAIL

}
