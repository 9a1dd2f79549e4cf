package se.samskapa.lending;

/**
 * Where a reservation is: waiting in the queue for its type and size, held for pickup, or
 * ended (collected as a loan, cancelled, or not collected in time).
 */
public enum ReservationStatus {

	WAITING, READY, COLLECTED, CANCELLED, EXPIRED;

	public boolean isOpen() {
		return this == WAITING || this == READY;
	}

	public String messageKey() {
		return "lending.reservation.status." + name();
	}

}
