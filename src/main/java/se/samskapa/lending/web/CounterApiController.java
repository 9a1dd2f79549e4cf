package se.samskapa.lending.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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
import se.samskapa.lending.BorrowerSummary;
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
 * counter shows as it is. Staff see their own sites' borrowers and loans; another site's
 * borrower is found only by the full mobile number (and may then be lent to in the same
 * session), and is otherwise a 404 like one that does not exist (see
 * {@link BorrowerAccess}).
 */
@RestController
@RequestMapping("/api/v1/lending")
@Tag(name = "Fritidsbanken: disken", description = "För personalen vid disken (inloggad, med CSRF-token).")
class CounterApiController {

	private final LendingManagement lending;

	private final LendingCatalogue catalogue;

	private final BorrowerManagement borrowers;

	private final LendingPermissions permissions;

	private final BorrowerAccess access;

	private final ReservationManagement reservations;

	CounterApiController(LendingManagement lending, LendingCatalogue catalogue, BorrowerManagement borrowers,
			LendingPermissions permissions, BorrowerAccess access, ReservationManagement reservations) {
		this.lending = lending;
		this.catalogue = catalogue;
		this.borrowers = borrowers;
		this.permissions = permissions;
		this.access = access;
		this.reservations = reservations;
	}

	@GetMapping("/borrowers")
	@Operation(summary = "Låntagaren med ett mobilnummer, hur det än är skrivet",
			description = "Hela numret hittar också en annan Fritidsbanks låntagare, som sedan kan få låna här.")
	BorrowerView borrower(@RequestParam String mobile, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request) {
		permissions.requireStaffAnywhere(user);
		BorrowerView borrower = borrowers.findByMobile(mobile)
			.orElseThrow(() -> new UnknownLendingThing("lending.mobile.not.registered"));
		access.introduce(request, borrower.id());
		return borrower;
	}

	@GetMapping("/borrowers/{borrowerId}")
	@Operation(summary = "En av de egna Fritidsbankernas låntagare")
	BorrowerView borrower(@PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request) {
		return visibleBorrower(user, borrowerId, request);
	}

	@GetMapping("/sites/{siteId}/borrowers")
	@Operation(summary = "Fritidsbankens låntagare, eventuellt de vars namn innehåller orden",
			description = "Bara de som registrerats eller lånat här; högst 100.")
	List<BorrowerSummary> siteBorrowers(@PathVariable long siteId, @RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaff(user, siteId);
		catalogue.requireSite(siteId);
		return borrowers.borrowersOf(siteId, name, 100);
	}

	@PostMapping("/borrowers")
	@Operation(summary = "Hitta eller registrera en låntagare (namn och mobilnummer, e-post om hen vill)",
			description = "201 när låntagaren registrerades nu, 200 när numret redan fanns.")
	ResponseEntity<BorrowerView> findOrRegister(@RequestBody ApiRequests.Borrower body,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request) {
		if (body.siteId() == null) {
			permissions.requireStaffAnywhere(user);
		}
		else {
			permissions.requireStaff(user, body.siteId());
			catalogue.requireSite(body.siteId());
		}
		Registration registration = borrowers.findOrRegister(body.name(), body.mobile(), body.email(), body.siteId(),
				user.getUsername());
		access.introduce(request, registration.borrower().id());
		return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(registration.borrower());
	}

	@PutMapping("/borrowers/{borrowerId}/email")
	@Operation(summary = "Sätt e-postadressen som påminnelser också går till",
			description = "En tom eller utelämnad adress tar bort den.")
	BorrowerView changeEmail(@PathVariable long borrowerId, @RequestBody(required = false) ApiRequests.Email body,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request) {
		visibleBorrower(user, borrowerId, request);
		return borrowers.changeEmail(borrowerId, body == null ? null : body.email(), user.getUsername());
	}

	@DeleteMapping("/borrowers/{borrowerId}")
	@Operation(summary = "Radera låntagarens namn, mobilnummer och e-post på begäran",
			description = "Inte så länge låntagaren har något utlånat (409).")
	ResponseEntity<Void> erase(@PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request) {
		visibleBorrower(user, borrowerId, request);
		borrowers.erase(borrowerId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/borrowers/{borrowerId}/loans")
	@Operation(summary = "Låntagarens pågående lån från de egna Fritidsbankerna")
	List<LoanView> openLoans(@PathVariable long borrowerId, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request) {
		visibleBorrower(user, borrowerId, request);
		return lending.openLoansOf(borrowerId, permissions.ownSites(user));
	}

	@GetMapping("/items/{code}")
	@Operation(summary = "Utrustningen med ett nummer eller streckkodsvärde")
	ItemView item(@PathVariable String code, @AuthenticationPrincipal SamskapaUser user) {
		permissions.requireStaffAnywhere(user);
		return catalogue.requireItem(code);
	}

	@PostMapping("/sites/{siteId}/checkouts")
	@Operation(summary = "Låna ut en eller flera saker till en låntagare",
			description = "Allt eller inget: kan en sak inte lånas ut lånas ingen ut, och svaret (409) säger vilken och varför. "
					+ "Med smsReceipt går kvittot också som sms efter att lånet sparats, om en sms-tjänst är inställd.")
	ResponseEntity<List<LoanView>> checkout(@PathVariable long siteId, @Valid @RequestBody ApiRequests.Checkout body,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request) {
		permissions.requireStaff(user, siteId);
		visibleBorrower(user, body.borrowerId(), request);
		List<LoanView> loans = lending.checkout(siteId, body.borrowerId(), body.items(), body.dueOn(),
				Boolean.TRUE.equals(body.smsReceipt()), user.getUsername());
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
	 * Another site's borrower is not found, just like one who does not exist; someone who
	 * works no counter is refused first.
	 */
	private BorrowerView visibleBorrower(SamskapaUser user, long borrowerId, HttpServletRequest request) {
		permissions.requireStaffAnywhere(user);
		return access.visible(user, borrowerId, request)
			.orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
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
