package se.samskapa.directory;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user: an account, its role and (usually) the person it belongs to. Kept
 * in the session, so it holds ids and names only.
 */
public final class SamskapaUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final Long personId;

	private final String displayName;

	private final boolean enabled;

	private final boolean locked;

	public SamskapaUser(long accountId, String username, String passwordHash, Role role, Long personId,
			String displayName, boolean enabled, boolean locked) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.personId = personId;
		this.displayName = displayName;
		this.enabled = enabled;
		this.locked = locked;
	}

	public long accountId() {
		return accountId;
	}

	public Role role() {
		return role;
	}

	/** The person this account belongs to, or {@code null} for a technical account. */
	public Long personId() {
		return personId;
	}

	public String displayName() {
		return displayName;
	}

	public boolean isCoordinator() {
		return role == Role.ADMIN || role == Role.COORDINATOR;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(role.authority());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SamskapaUser that && accountId == that.accountId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(accountId);
	}

	@Override
	public String toString() {
		return "SamskapaUser[" + username + ", " + role + "]";
	}

}
