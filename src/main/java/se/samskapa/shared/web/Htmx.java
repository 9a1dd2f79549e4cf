package se.samskapa.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request came from htmx (and so wants a fragment rather than a page). */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
