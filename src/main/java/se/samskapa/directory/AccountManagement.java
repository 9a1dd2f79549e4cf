package se.samskapa.directory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.internal.Account;
import se.samskapa.directory.internal.AccountRepository;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * User accounts: login, lockout after repeated failures, passwords, and the admin's
 * creation of accounts linked to people.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement implements UserDetailsService {

	/** The shortest password an account may get. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private final AccountRepository accounts;

	private final DirectoryManagement directory;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, DirectoryManagement directory, PasswordEncoder passwordEncoder,
			AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsernameIgnoreCase(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return toUser(account);
	}

	public Optional<SamskapaUser> user(long accountId) {
		return accounts.findById(accountId).map(this::toUser);
	}

	public List<AccountView> accounts() {
		List<Account> all = accounts.findAllByOrderByUsername();
		Map<Long, PersonView> people = directory.people(
				all.stream().map(Account::getPersonId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return all.stream().map(a -> toView(a, a.getPersonId() == null ? null : people.get(a.getPersonId()))).toList();
	}

	public Optional<AccountView> account(long id) {
		return accounts.findById(id).map(a -> toView(a, personOf(a)));
	}

	public boolean usernameTaken(String username) {
		return accounts.findByUsernameIgnoreCase(username.trim()).isPresent();
	}

	public Optional<AccountView> accountOfPerson(long personId) {
		return accounts.findByPersonId(personId).map(a -> toView(a, personOf(a)));
	}

	@Transactional
	public AccountView create(String username, String rawPassword, Role role, Long personId, String actor) {
		if (usernameTaken(username)) {
			throw new RuleViolation("account.username.taken");
		}
		requireStrongEnough(rawPassword);
		if (personId != null && accounts.findByPersonId(personId).isPresent()) {
			throw new RuleViolation("account.person.taken");
		}
		Account account = accounts.save(new Account(username, passwordEncoder.encode(rawPassword), role, personId));
		audit.record(actor, "account", account.getId(), "created", username + " (" + role + ")");
		return toView(account, personOf(account));
	}

	@Transactional
	public AccountView update(long id, Role role, Long personId, boolean enabled, String actor) {
		Account account = accounts.findById(id).orElseThrow(() -> NotFoundException.of("account", id));
		if (account.getUsername().equalsIgnoreCase(actor) && (role != Role.ADMIN || !enabled)) {
			// Demoting or disabling yourself may leave no admin to undo it.
			throw new RuleViolation("account.self.lockout");
		}
		if (personId != null) {
			accounts.findByPersonId(personId).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
				throw new RuleViolation("account.person.taken");
			});
		}
		account.update(role, personId, enabled);
		accounts.save(account);
		audit.record(actor, "account", id, "updated", role + ", person " + personId + ", enabled " + enabled);
		return toView(account, personOf(account));
	}

	/** The user changes their own password, proving they know the current one. */
	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = accounts.findById(accountId).orElseThrow(() -> NotFoundException.of("account", accountId));
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new RuleViolation("password.current.wrong");
		}
		requireStrongEnough(newPassword);
		account.changePassword(passwordEncoder.encode(newPassword));
		accounts.save(account);
		audit.record(account.getUsername(), "account", accountId, "password-changed", null);
	}

	/** An admin sets a new password (the user forgot theirs) and lifts any lock. */
	@Transactional
	public void resetPassword(long accountId, String newPassword, String actor) {
		Account account = accounts.findById(accountId).orElseThrow(() -> NotFoundException.of("account", accountId));
		requireStrongEnough(newPassword);
		account.changePassword(passwordEncoder.encode(newPassword));
		account.unlock();
		accounts.save(account);
		audit.record(actor, "account", accountId, "password-reset", null);
	}

	/** An admin lifts a lock after failed logins, so that the user can try again now. */
	@Transactional
	public void unlock(long accountId, String actor) {
		Account account = accounts.findById(accountId).orElseThrow(() -> NotFoundException.of("account", accountId));
		account.unlock();
		accounts.save(account);
		audit.record(actor, "account", accountId, "unlocked", null);
	}

	@Transactional
	public void loginFailed(String username) {
		accounts.findByUsernameIgnoreCase(username.trim()).ifPresent(account -> {
			account.loginFailed(clock.instant());
			accounts.save(account);
		});
	}

	@Transactional
	public void loginSucceeded(String username) {
		accounts.findByUsernameIgnoreCase(username.trim()).ifPresent(account -> {
			account.loginSucceeded(clock.instant());
			accounts.save(account);
		});
	}

	/**
	 * Demo accounts use the short password "demo"; this path skips the strength rule and
	 * is only reachable from the demo loader.
	 */
	@Transactional
	public AccountView createWithoutPolicy(String username, String rawPassword, Role role, Long personId) {
		Account account = accounts.save(new Account(username, passwordEncoder.encode(rawPassword), role, personId));
		return toView(account, personOf(account));
	}

	/**
	 * Disables the account if its password is the given one; the guard against demo
	 * accounts outside demo mode.
	 */
	@Transactional
	public boolean disableIfPassword(String username, String rawPassword, String actor) {
		return accounts.findByUsernameIgnoreCase(username)
			.filter(Account::isEnabled)
			.filter(a -> passwordEncoder.matches(rawPassword, a.getPasswordHash()))
			.map(a -> {
				a.update(a.getRole(), a.getPersonId(), false);
				accounts.save(a);
				audit.record(actor, "account", a.getId(), "disabled", "demo account outside demo mode");
				return true;
			})
			.orElse(false);
	}

	private static void requireStrongEnough(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new RuleViolation("password.too.short", MIN_PASSWORD_LENGTH);
		}
	}

	private SamskapaUser toUser(Account account) {
		String name = Optional.ofNullable(personOf(account)).map(PersonView::fullName).orElse(account.getUsername());
		return new SamskapaUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.getRole(),
				account.getPersonId() == null ? null : directory.resolve(account.getPersonId()), name,
				account.isEnabled(), account.isLocked(clock.instant()));
	}

	private PersonView personOf(Account account) {
		return account.getPersonId() == null ? null : directory.person(account.getPersonId()).orElse(null);
	}

	private AccountView toView(Account account, PersonView person) {
		return new AccountView(account.getId(), account.getUsername(), account.getRole(), account.getPersonId(),
				person == null ? null : person.fullName(), account.isEnabled(), account.isLocked(clock.instant()),
				account.getLastLoginAt());
	}

}
