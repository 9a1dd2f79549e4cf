package se.samskapa.shared;

/**
 * A request that breaks a rule of the domain (minutes already published, a date in the
 * past). Carries a message key so that the page can explain it in the reader's language.
 */
public class RuleViolation extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
