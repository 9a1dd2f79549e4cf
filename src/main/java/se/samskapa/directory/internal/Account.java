package se.samskapa.directory.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.directory.Role;

@Table("directory_account")
public class Account {

	/** Failed logins in a row that lock an account. */
	static final int LOCK_AFTER_FAILURES = 5;

	/** How long a locked account stays locked. */
	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	private Long id;

	private String username;

	private String passwordHash;

	private Role role;

	private Long personId;

	private boolean enabled = true;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant lastLoginAt;

	@Version
	private Integer version;

	Account() {
	}

	public Account(String username, String passwordHash, Role role, Long personId) {
		this.username = username.trim();
		this.passwordHash = passwordHash;
		this.role = role;
		this.personId = personId;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public Long getPersonId() {
		return personId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void update(Role role, Long personId, boolean enabled) {
		this.role = role;
		this.personId = personId;
		this.enabled = enabled;
	}

	public void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	/** Counts a failed login; the fifth in a row locks the account for a while. */
	public void loginFailed(Instant now) {
		failedLogins++;
		if (failedLogins >= LOCK_AFTER_FAILURES) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedLogins = 0;
		}
	}

	public void loginSucceeded(Instant now) {
		failedLogins = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

}
