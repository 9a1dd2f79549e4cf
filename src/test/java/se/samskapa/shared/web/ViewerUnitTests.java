package se.samskapa.shared.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' view of who is looking: signed in or not, and the roles with the
 * hierarchy (an administrator is a coordinator and a member).
 */
class ViewerUnitTests {

	private final Viewer viewer = new Viewer(RoleHierarchyImpl.withDefaultRolePrefix()
		.role("ADMIN")
		.implies("COORDINATOR")
		.role("COORDINATOR")
		.implies("MEMBER")
		.build());

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void noOneAndAnAnonymousVisitorAreNotSignedInAndHaveNoRole() {
		assertThat(viewer.signedIn()).isFalse();
		assertThat(viewer.has("MEMBER")).isFalse();
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(viewer.signedIn()).isFalse();
		assertThat(viewer.has("ANONYMOUS")).isFalse();
	}

	@Test
	void anAdministratorHasTheRolesBelow() {
		signIn("ROLE_ADMIN");
		assertThat(viewer.signedIn()).isTrue();
		assertThat(List.of("ADMIN", "COORDINATOR", "MEMBER")).allMatch(viewer::has);
	}

	@Test
	void aMemberIsNotACoordinator() {
		signIn("ROLE_MEMBER");
		assertThat(viewer.signedIn()).isTrue();
		assertThat(viewer.has("MEMBER")).isTrue();
		assertThat(viewer.has("COORDINATOR")).isFalse();
		assertThat(viewer.has("ADMIN")).isFalse();
	}

	private static void signIn(String authority) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
					AuthorityUtils.createAuthorityList(authority)));
	}

}
