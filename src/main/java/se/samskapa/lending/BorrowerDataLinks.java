package se.samskapa.lending;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.BorrowerStore;
import se.samskapa.lending.internal.LoanStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;

/**
 * The borrower's own data page, reached without an account through a secret link: 32
 * random bytes (256 bits) written in 43 characters, so that guessing one is not a thing
 * anyone can do; only its SHA-256 is stored, like a password reset token. The counter
 * hands out a new link with each receipt (it replaces the old one), the borrower may
 * replace it themselves, and it stops working when their data is erased.
 */
@Service
@Transactional(readOnly = true)
public class BorrowerDataLinks {

	/** The borrower themselves, in the audit trail. */
	public static final String BORROWER = "borrower";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BorrowerStore borrowers;

	private final LoanStore loans;

	private final LendingCatalogue catalogue;

	private final BorrowerManagement management;

	private final AuditTrail audit;

	private final Clock clock;

	private final int retentionDays;

	BorrowerDataLinks(BorrowerStore borrowers, LoanStore loans, LendingCatalogue catalogue,
			BorrowerManagement management, AuditTrail audit, Clock clock,
			@Value("${samskapa.lending.retention-days:90}") int retentionDays) {
		this.borrowers = borrowers;
		this.loans = loans;
		this.catalogue = catalogue;
		this.management = management;
		this.audit = audit;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	/**
	 * A new link for the borrower, replacing the one they had.
	 * @return the token, which exists nowhere else once this answer is gone
	 */
	@Transactional
	public String issue(long borrowerId, String actor) {
		borrowers.find(borrowerId).orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		String token = newToken();
		borrowers.replaceDataLink(borrowerId, hash(token), clock.instant());
		audit.record(actor, "lending-borrower", borrowerId, "data-link-issued", null);
		return token;
	}

	/** What the borrower with this link may see about themselves. */
	public Optional<OwnData> open(String token) {
		return borrowerOf(token).map(this::ownData);
	}

	/**
	 * The borrower replaces their link (someone else may have seen it).
	 * @return the new token, or empty if the link does not work
	 */
	@Transactional
	public Optional<String> replace(String token) {
		return borrowerOf(token).map(borrower -> issue(borrower.id(), BORROWER));
	}

	/**
	 * The borrower erases their name and number now. Refused (a
	 * {@link se.samskapa.shared.RuleViolation}) while something is out.
	 * @return whether the link worked
	 */
	@Transactional
	public boolean erase(String token) {
		Optional<BorrowerView> borrower = borrowerOf(token);
		borrower.ifPresent(b -> management.erase(b.id(), BORROWER, "by the borrower on their data page"));
		return borrower.isPresent();
	}

	private Optional<BorrowerView> borrowerOf(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return borrowers.findByDataLink(hash(token));
	}

	private OwnData ownData(BorrowerView borrower) {
		Map<Long, String> siteNames = catalogue.sites()
			.stream()
			.collect(Collectors.toMap(SiteView::id, SiteView::name));
		Function<LoanView, OwnLoan> own = loan -> new OwnLoan(loan.itemNumber(), loan.item(),
				siteNames.getOrDefault(loan.siteId(), ""), day(loan.lentAt()), loan.dueOn(), day(loan.returnedAt()));
		List<LoanView> all = loans.allLoansOf(borrower.id());
		List<OwnLoan> open = all.stream().filter(LoanView::isOpen).map(own).toList();
		List<OwnLoan> past = all.stream().filter(loan -> !loan.isOpen()).map(own).toList();
		LocalDate erasedAround = open.isEmpty()
				? day(borrowers.lastActivity(borrower.id())).plusDays(retentionDays + 1L) : null;
		return new OwnData(borrower.name(), MobileNumbers.masked(borrower.mobile()), open, past, retentionDays,
				erasedAround);
	}

	private static LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(Dates.ZONE).toLocalDate();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/**
	 * A borrower's data as they see it.
	 *
	 * @param maskedMobile the number with all but its first three and last two digits
	 * hidden
	 * @param retentionDays how long after the last return the name and number are kept
	 * @param erasedAround the day the nightly job wipes them if nothing more is borrowed,
	 * or {@code null} while something is out
	 */
	public record OwnData(String name, String maskedMobile, List<OwnLoan> openLoans, List<OwnLoan> pastLoans,
			int retentionDays, LocalDate erasedAround) {
	}

	/**
	 * One loan as the borrower sees it.
	 *
	 * @param returnedOn {@code null} while it is out
	 */
	public record OwnLoan(String itemNumber, String item, String site, LocalDate lentOn, LocalDate dueOn,
			LocalDate returnedOn) {
	}

}
