package se.samskapa.lending;

/** What became of a reminder. */
public enum ReminderStatus {

	/** Taken by the daily job; the message is on its way. */
	QUEUED,

	/** The SMS gateway or the mail server took it. */
	SENT,

	/** No SMS gateway or mail server is configured: it was only written to the log. */
	LOGGED,

	/** The gateway refused it or did not answer: call instead. */
	FAILED,

	/** Not sent after all: returned, renewed or wiped before it went. */
	SKIPPED

}
