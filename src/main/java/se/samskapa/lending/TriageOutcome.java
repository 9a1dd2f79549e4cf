package se.samskapa.lending;

/**
 * Where a donated thing goes: on the shelves as an item that can be lent, to repair as an
 * item that cannot be lent yet, or out (recorded with the reason, never an item).
 */
public enum TriageOutcome {

	CATALOGUE, REPAIR, DISCARD;

	public String messageKey() {
		return "lending.triage." + name();
	}

}
