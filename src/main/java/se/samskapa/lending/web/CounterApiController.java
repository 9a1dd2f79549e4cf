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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.BorrowerManagement.Registration;
import se.samskapa.lending.BorrowerView;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.LoanView;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.UnknownLendingThing;

/**
 * The counter as a JSON API for lending staff: borrowers by mobile number, lending,
 * returns, renewals and due dates. A refusal is a 409 with a message in Swedish that the
 * counter shows as it is.
 */
@RestController
@RequestMapping("/api/v1/lending")
@Tag(name = "Fritidsbanken: disken", description = "För personalen vid disken (inloggad, med CSRF-token).")
class CounterApiController {

	private final LendingManagement lending;

	private final LendingCatalogue catalogue;

	private final BorrowerManagement borrowers;

	private final LendingPermissions permissions;

	private final ReservationManagement reservations;

	CounterApiController(LendingManagement lending, LendingCatalogue catalogue, BorrowerManagement borrowers,
			LendingPermissions permissions, ReservationManagement reservations) {
		this.lending = lending;
		this.catalogue = catalogue;
		this.borrowers = borrowers;
		this.permissions = permissions;
		this.reservations = reservations;
	}

	@GetMapping("/borrowers")
	@Operation(summary = "Låntagaren med ett mobilnummer, hur det än är skrivet")
	BorrowerView borrower(@RequestParam String mobile, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		return borrowers.findByMobile(mobile)
			.orElseThrow(() -> new UnknownLendingThing("lending.mobile.not.registered"));
	}

	@PostMapping("/borrowers")
	@Operation(summary = "Hitta eller registrera en låntagare (namn och mobilnummer)",
			description = "201 när låntagaren registrerades nu, 200 när numret redan fanns.")
	ResponseEntity<BorrowerView> findOrRegister(@RequestBody ApiRequests.Borrower body,
			@AuthenticationPrincipal SamskapaUser user) {
		if (body.siteId() == null) {
			permissions.requireStaffAnywhere(user);
		}
		else {
			permissions.requireStaff(user, body.siteId());
			catalogue.requireSite(body.siteId());
		}
		Registration registration = borrowers.findOrRegister(body.name(), body.mobile(), body.siteId(),
				user.getUsername());
		return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(registration.borrower());
	}

	@DeleteMapping("/borrowers/{borrowerId}")
	@Operation(summary = "Radera låntagarens namn och mobilnummer på begäran",
			description = "Inte så länge låntagaren har något utlånat (409).")
	ResponseEntity<Void> erase(@PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		borrowers.erase(borrowerId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/borrowers/{borrowerId}/loans")
	@Operation(summary = "Låntagarens pågående lån")
	List<LoanView> openLoans(@PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		borrowers.borrower(borrowerId).orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		return lending.openLoansOf(borrowerId);
	}

	@GetMapping("/items/{code}")
	@Operation(summary = "Utrustningen med ett nummer eller streckkodsvärde")
	ItemView item(@PathVariable String code, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		return catalogue.requireItem(code);
	}

	@PostMapping("/sites/{siteId}/checkouts")
	@Operation(summary = "Låna ut en eller flera saker till en låntagare",
			description = "Allt eller inget: kan en sak inte lånas ut lånas ingen ut, och svaret (409) säger vilken och varför.")
	ResponseEntity<List<LoanView>> checkout(@PathVariable long siteId, @Valid @RequestBody ApiRequests.Checkout body,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaff(user, siteId);
		List<LoanView> loans = lending.checkout(siteId, body.borrowerId(), body.items(), body.dueOn(),
				user.getUsername());
		return ResponseEntity.status(HttpStatus.CREATED).body(loans);
	}

	@PostMapping("/returns")
	@Operation(summary = "Ta emot en sak som lämnas tillbaka, med skick och saknade delar",
			description = "Svaret är lånet. Står någon i kö för sorten och storleken läggs saken undan åt den första direkt, "
					+ "och heldFor säger åt vem (namn, kod, sista hämtdag): lägg den inte tillbaka på hyllan.")
	ReturnAnswer giveBack(@Valid @RequestBody ApiRequests.Return body, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		ItemView item = catalogue.requireItem(body.item());
		permissions.requireStaff(user, item.siteId());
		LoanView loan = lending.takeBack(body.item(), body.condition(), body.missingParts(), body.note(),
				user.getUsername());
		return new ReturnAnswer(loan,
				reservations.heldFor(item.id())
					.map(r -> new HeldFor(r.id(), r.code(), r.borrowerId(), r.borrowerName(), r.holdUntil()))
					.orElse(null));
	}

	@PostMapping("/loans/{loanId}/renewals")
	@Operation(summary = "Förläng ett lån (räknas inte som ett nytt lån)")
	LoanView renew(@PathVariable long loanId, @RequestBody(required = false) ApiRequests.Renewal body,
			@AuthenticationPrincipal SamskapaUser user) {
		requireStaffOfLoan(user, loanId);
		return lending.renew(loanId, body == null ? null : body.dueOn(), user.getUsername());
	}

	@PutMapping("/loans/{loanId}/due")
	@Operation(summary = "Sätt ett annat återlämningsdatum för ett lån")
	LoanView changeDue(@PathVariable long loanId, @Valid @RequestBody ApiRequests.Due body,
			@AuthenticationPrincipal SamskapaUser user) {
		requireStaffOfLoan(user, loanId);
		return lending.changeDue(loanId, body.dueOn(), user.getUsername());
	}

	/**
	 * A return: the loan, and whom the item is now held for if someone waited for it.
	 *
	 * @param heldFor {@code null} when no one waited
	 */
	record ReturnAnswer(@JsonUnwrapped LoanView loan, HeldFor heldFor) {
	}

	/**
	 * Put the returned item aside for this borrower, marked with the code.
	 *
	 * @param holdUntil the last day they can collect it
	 */
	record HeldFor(long reservationId, String code, long borrowerId, String borrowerName, LocalDate holdUntil) {
	}

	/** Someone who works no counter learns nothing, not even whether the loan exists. */
	private void requireStaffOfLoan(SamskapaUser user, long loanId) {
		permissions.requireStaffAnywhere(user);
		permissions.requireStaff(user, lending.loan(loanId).siteId());
	}

}
