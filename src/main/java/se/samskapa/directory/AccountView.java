package se.samskapa.directory;

import java.time.Instant;

/**
 * An account as the admin pages show it.
 *
 * @param id the account's id
 * @param username what the user logs in with
 * @param role the account's role
 * @param personId the person the account belongs to, if any
 * @param personName that person's name
 * @param enabled whether the account may log in
 * @param locked whether it is locked after failed logins
 * @param lastLoginAt when it last logged in
 */
public record AccountView(long id, String username, Role role, Long personId, String personName, boolean enabled,
		boolean locked, Instant lastLoginAt) {
}
