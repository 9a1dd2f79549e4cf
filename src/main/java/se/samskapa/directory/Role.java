package se.samskapa.directory;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An account's role. Each role includes the ones below it (see the role hierarchy in the
 * security configuration).
 */
public enum Role {

	/** Manages accounts and everything else. */
	ADMIN,
	/** Runs groups: meetings, minutes, follow-up, the directory. */
	COORDINATOR,
	/** Takes part in groups: reads their drafts, proposes items, does actions. */
	MEMBER;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
