package se.samskapa.lending;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.samskapa.lending.internal.CatalogueStore;
import se.samskapa.lending.internal.ReservationStore;
import se.samskapa.lending.internal.SiteStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;

/**
 * Hands items to the queues: whenever an item of a type and size becomes available (it
 * came back, was donated, or a hold on it ended), the first borrower waiting for that
 * type and size at the site gets it held, in the same transaction, so that it never goes
 * back on the shelf for someone else. Used by the counter, the catalogue and the
 * reservations; runs inside their transactions.
 */
@Component
class Holds {

	private final ReservationStore reservations;

	private final SiteStore sites;

	private final CatalogueStore catalogue;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Dates dates;

	private final Clock clock;

	Holds(ReservationStore reservations, SiteStore sites, CatalogueStore catalogue, AuditTrail audit,
			ApplicationEventPublisher events, Dates dates, Clock clock) {
		this.reservations = reservations;
		this.sites = sites;
		this.catalogue = catalogue;
		this.audit = audit;
		this.events = events;
		this.dates = dates;
		this.clock = clock;
	}

	/** Takes the turn at the item's queue until the transaction ends. */
	void lock(ItemView item) {
		reservations.lockQueue(item.siteId(), item.typeId(), item.size());
	}

	/** The last day to collect an item held today at the site. */
	LocalDate deadline(long siteId) {
		SiteView site = sites.find(siteId).orElseThrow(() -> new UnknownLendingThing("lending.site.unknown", siteId));
		return site.calendar().pickupDeadline(dates.today(), reservations.holdDays(siteId));
	}

	/**
	 * The item is available now: the first in its queue gets it held.
	 * @param inHand staff hold the item now (it is being taken back at the counter) and
	 * are told to put it aside; otherwise it shows on the site's list to fetch from the
	 * shelf
	 * @return the reservation it is held for, or empty when no one waits (it stays
	 * available)
	 */
	Optional<ReservationView> offer(long itemId, String actor, boolean inHand) {
		ItemView item = catalogue.item(itemId).orElseThrow();
		if (item.status() != ItemStatus.AVAILABLE) {
			return Optional.empty();
		}
		lock(item);
		for (long waiting : reservations.queue(item.siteId(), item.typeId(), item.size())) {
			LocalDate holdUntil = deadline(item.siteId());
			if (reservations.markReady(waiting, itemId, holdUntil, clock.instant())) {
				if (!reservations.holdItem(itemId)) {
					throw new IllegalStateException("Item " + item.number() + " is not available to hold");
				}
				if (inHand) {
					reservations.setAside(waiting);
				}
				audit.record(actor, "lending-reservation", waiting, "ready",
						item.number() + " held until " + holdUntil + " (waitlist)");
				events.publishEvent(new ReservationReadyForPickup(waiting));
				return reservations.find(waiting);
			}
		}
		return Optional.empty();
	}

	/**
	 * Ends an open reservation; a held item goes to the next in the queue, or back to
	 * being available.
	 * @return whether it was open
	 */
	boolean close(ReservationView reservation, ReservationStatus status, String actor, String why) {
		if (!reservations.close(reservation.id(), status, clock.instant(), actor)) {
			return false;
		}
		audit.record(actor, "lending-reservation", reservation.id(),
				status == ReservationStatus.EXPIRED ? "expired" : "cancelled", why);
		if (reservation.itemId() != null && reservation.status() == ReservationStatus.READY) {
			release(reservation.itemId(), actor);
		}
		return true;
	}

	/** A held item is free again: to the next in the queue, or back on the shelf. */
	void release(long itemId, String actor) {
		catalogue.item(itemId).ifPresent(this::lock);
		if (reservations.releaseItem(itemId)) {
			offer(itemId, actor, false);
		}
	}

}
