package se.samskapa.lending;

/**
 * A borrower reserved an item type and size, online or at the counter: either an item is
 * held for them now ({@code waitlisted} false; {@link ReservationReadyForPickup} is not
 * published for it), or they joined the queue ({@code waitlisted} true;
 * {@link ReservationReadyForPickup} follows when an item comes in). Read the reservation
 * (code, site, what, pickup deadline) with {@link ReservationManagement#reservation} and
 * the borrower's number with {@link BorrowerManagement#borrower}: the event carries no
 * personal data.
 */
public record ReservationMade(long reservationId, boolean waitlisted) {

}
