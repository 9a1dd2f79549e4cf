package se.samskapa.lending;

import se.samskapa.shared.RuleViolation;

/**
 * A scanned number, a loan or a site that does not exist, with a message the counter can
 * show as it is. The API answers it with 404; a page explains it like any broken rule.
 */
public class UnknownLendingThing extends RuleViolation {

	public UnknownLendingThing(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
