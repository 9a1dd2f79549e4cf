package se.samskapa.lending;

/**
 * An item came in (returned, donated, released by another reservation) and is now held
 * for the first borrower in the queue for its type and size, until the pickup deadline in
 * {@link ReservationManagement#reservation}. Published in the transaction that held the
 * item; carries no personal data.
 */
public record ReservationReadyForPickup(long reservationId) {

}
