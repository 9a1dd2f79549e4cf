package se.samskapa.lending;

/** Where an item is in its life; only an available item can be lent. */
public enum ItemStatus {

	AVAILABLE, ON_LOAN, RESERVED, IN_REPAIR, RETIRED;

	public String messageKey() {
		return "lending.status." + name();
	}

}
