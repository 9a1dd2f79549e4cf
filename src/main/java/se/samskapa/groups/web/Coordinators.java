package se.samskapa.groups.web;

import org.springframework.security.access.AccessDeniedException;

import se.samskapa.directory.SamskapaUser;

/**
 * Only coordinators run groups. The URL rules let any logged-in user reach
 * {@code /grupper/{slug}/...}, so the administration refuses everyone else itself.
 */
final class Coordinators {

	private Coordinators() {
	}

	static void require(SamskapaUser user) {
		if (user == null || !user.isCoordinator()) {
			throw new AccessDeniedException("Coordinators only");
		}
	}

}
