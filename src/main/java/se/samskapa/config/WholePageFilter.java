package se.samskapa.config;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page when it is whole, not when the view flushes it.
 * <p>
 * Spring Session takes the response's commit, by a flush or by a full buffer, as the
 * moment to save the session, and forgets the session it read when it does. Thymeleaf
 * flushes every page it renders, and Tomcat's buffer holds 8 KB, so every logged-in page
 * was committed early, and Spring Session read the session from the database a second
 * time when its filter ended. Here an HTML page's flushes wait for the end of the request
 * and the buffer holds 64 KB, so the session is read once and saved once. Anything else
 * (a download, a stream of events) is flushed as it asks. A page that fails while it is
 * written can still become the error page, since nothing of it has been sent.
 */
class WholePageFilter extends OncePerRequestFilter {

	/** Larger than the largest ordinary page; larger answers are sent as they fill it. */
	static final int BUFFER_SIZE = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(BUFFER_SIZE);
		chain.doFilter(request, new HeldPage(response));
	}

	private static final class HeldPage extends HttpServletResponseWrapper {

		private PrintWriter writer;

		HeldPage(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter()) {
					@Override
					public void flush() {
						if (!isPage()) {
							super.flush();
						}
					}
				};
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (!isPage()) {
				super.flushBuffer();
			}
		}

		private boolean isPage() {
			String type = getContentType();
			return type != null && type.startsWith("text/html");
		}

	}

}
