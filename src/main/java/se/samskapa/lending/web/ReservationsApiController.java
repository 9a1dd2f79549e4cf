package se.samskapa.lending.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.LoanView;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.ReservationStatus;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.UnknownLendingThing;
import se.samskapa.lending.WaitlistSummary;

/**
 * Reservations and waitlists in the JSON API: for the counter (a site's held reservations
 * and queues, reserving for a borrower who calls, picking up, cancelling), for the
 * lending admin (how long a site holds), and for the city's website (a reservation's
 * state by its code, with nothing personal; reserving itself is the public page the
 * availability feed links to).
 */
@RestController
@RequestMapping("/api/v1/lending")
@Tag(name = "Fritidsbanken: reservationer",
		description = "Reservationer och köer. Personalen (inloggad, med CSRF-token) ser och hanterar sin Fritidsbanks; "
				+ "en reservations läge med koden är öppet för alla.")
class ReservationsApiController {

	private final ReservationManagement reservations;

	private final LendingCatalogue catalogue;

	private final BorrowerManagement borrowers;

	private final LendingPermissions permissions;

	ReservationsApiController(ReservationManagement reservations, LendingCatalogue catalogue,
			BorrowerManagement borrowers, LendingPermissions permissions) {
		this.reservations = reservations;
		this.catalogue = catalogue;
		this.borrowers = borrowers;
		this.permissions = permissions;
	}

	@GetMapping("/sites/{siteId}/reservations")
	@Operation(summary = "Fritidsbankens öppna reservationer: det som ligger undan och de som står i kö",
			description = "Det som ligger undan (READY) först, den tidigaste sista hämtdagen först; sedan köerna (WAITING) i köordning. "
					+ "setAside säger om personalen har lagt saken på reservationshyllan.")
	List<ReservationView> open(@PathVariable long siteId, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaff(user, siteId);
		catalogue.requireSite(siteId);
		return java.util.stream.Stream
			.concat(reservations.awaitingPickup(siteId).stream(), reservations.waiting(siteId).stream())
			.toList();
	}

	@PostMapping("/sites/{siteId}/reservations")
	@Operation(summary = "Reservera åt en låntagare (som ringer eller står vid disken)",
			description = "Finns något inne läggs det undan (READY) till sista hämtdagen; annars ställs låntagaren i kö (WAITING) om waitlist är true, "
					+ "och annars är svaret 409 med waitlistPossible: true. Högst ett visst antal öppna reservationer per låntagare (409).")
	ResponseEntity<ReservationView> reserve(@PathVariable long siteId, @Valid @RequestBody ApiRequests.Reservation body,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaff(user, siteId);
		ReservationView reservation = reservations.reserve(siteId, body.typeId(), body.size(), body.borrowerId(),
				Boolean.TRUE.equals(body.waitlist()), user.getUsername());
		return ResponseEntity.status(HttpStatus.CREATED).body(reservation);
	}

	@GetMapping("/sites/{siteId}/waitlists")
	@Operation(summary = "Köerna per sort och storlek: hur många som väntar och sedan när den första väntat")
	List<WaitlistSummary> waitlists(@PathVariable long siteId, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaff(user, siteId);
		catalogue.requireSite(siteId);
		return reservations.waitlists(siteId);
	}

	@PutMapping("/sites/{siteId}/hold-days")
	@Operation(summary = "Hur många dagar Fritidsbanken håller en reservation (administratör)",
			description = "1–30 dagar, 3 om inget annat sägs. Den sista hämtdagen flyttas till nästa dag då Fritidsbanken har öppet.")
	HoldDays holdDays(@PathVariable long siteId, @Valid @RequestBody ApiRequests.HoldDays body,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireAdmin(user);
		reservations.setHoldDays(siteId, body.holdDays(), user.getUsername());
		return new HoldDays(siteId, reservations.holdDays(siteId), reservations.pickupDeadline(siteId));
	}

	@GetMapping("/borrowers/{borrowerId}/reservations")
	@Operation(summary = "Låntagarens öppna reservationer och köplatser")
	List<ReservationView> ofBorrower(@PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		borrowers.borrower(borrowerId).orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		return reservations.openOf(borrowerId);
	}

	@PostMapping("/reservations/{reservationId}/pickup")
	@Operation(summary = "Hämta ut: reservationen blir ett lån i ett steg",
			description = "Utan item lånas det undanlagda ut; med item (nummer eller streckkod) något annat inne av samma sort och storlek, "
					+ "och det undanlagda släpps till nästa i kön eller tillbaka på hyllan.")
	ResponseEntity<LoanView> pickUp(@PathVariable long reservationId,
			@RequestBody(required = false) ApiRequests.Pickup body, @AuthenticationPrincipal SamskapaUser user) {
		requireStaffOf(user, reservationId);
		LoanView loan = reservations.pickUp(reservationId, body == null ? null : body.item(), user.getUsername());
		return ResponseEntity.status(HttpStatus.CREATED).body(loan);
	}

	@PostMapping("/reservations/{reservationId}/set-aside")
	@Operation(summary = "Markera att det reserverade ligger på reservationshyllan")
	ReservationView setAside(@PathVariable long reservationId, @AuthenticationPrincipal SamskapaUser user) {
		requireStaffOf(user, reservationId);
		return reservations.setAside(reservationId, user.getUsername());
	}

	@DeleteMapping("/reservations/{reservationId}")
	@Operation(summary = "Avboka en reservation eller en köplats",
			description = "Det som låg undan går till nästa i kön, eller tillbaka på hyllan.")
	ResponseEntity<Void> cancel(@PathVariable long reservationId, @AuthenticationPrincipal SamskapaUser user) {
		requireStaffOf(user, reservationId);
		reservations.cancel(reservationId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/reservation-codes/{code}")
	@Operation(summary = "En reservations läge med koden låntagaren fick (öppet för alla, inget personligt)",
			description = "Till exempel för stadens webbplats: READY med sista hämtdagen, WAITING med platsen i kön, eller avslutad.")
	PublicReservation byCode(@PathVariable String code) {
		ReservationView r = reservations.byCode(code)
			.orElseThrow(() -> new UnknownLendingThing("lending.reservation.code.unknown"));
		return new PublicReservation(r.code(), r.status(), r.siteSlug(), r.siteName(), r.category(), r.type(), r.size(),
				r.holdUntil(), r.isWaiting() ? r.position() : null);
	}

	/** Staff of another site learn nothing, not even whether the reservation exists. */
	private void requireStaffOf(SamskapaUser user, long reservationId) {
		permissions.requireStaffAnywhere(user);
		permissions.requireStaff(user, reservations.requireReservation(reservationId).siteId());
	}

	/**
	 * A reservation as anyone with its code sees it.
	 *
	 * @param holdUntil the last day to collect, while held
	 * @param position the place in the queue (1 is next), while waiting
	 */
	record PublicReservation(String code, ReservationStatus status, String siteSlug, String siteName, String category,
			String type, String size, LocalDate holdUntil, Integer position) {
	}

	/**
	 * @param pickupDeadline the last day to collect something reserved today
	 */
	record HoldDays(long siteId, int holdDays, LocalDate pickupDeadline) {
	}

}
