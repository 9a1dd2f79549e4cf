package se.samskapa.lending;

import se.samskapa.shared.RuleViolation;

/**
 * Input that cannot be used as it is (a mobile number that is not one, a part the item
 * does not have), tied to the field it came in, so that the message can stand next to it.
 */
public class InvalidInput extends RuleViolation {

	private final String field;

	public InvalidInput(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
