package se.samskapa.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logged-in page costs one read of the session from the store, however the view flushes
 * it and however long it is; a stream is still sent as it is flushed.
 */
class WholePageFilterUnitTests {

	/** The session store, counting its reads. */
	private final CountingSessions sessions = new CountingSessions();

	private final MapSession session = sessions.createSession();

	@Test
	void aPageThatTheViewFlushesReadsTheSessionOnce() throws Exception {
		Page page = new Page("text/html;charset=UTF-8", 20_000);
		MockHttpServletResponse response = serve(page, new SessionRepositoryFilter<>(sessions), new WholePageFilter());

		assertThat(sessions.reads).hasValue(1);
		assertThat(page.committedByFlush).isFalse();
		assertThat(response.getContentAsString()).hasSize(20_000);
	}

	@Test
	void withoutItTheViewsFlushMakesSpringSessionReadTheSessionAgain() throws Exception {
		serve(new Page("text/html;charset=UTF-8", 20_000), new SessionRepositoryFilter<>(sessions));

		assertThat(sessions.reads).hasValue(2);
	}

	@Test
	void aStreamIsSentAsItIsFlushed() throws Exception {
		Page events = new Page("text/event-stream", 100);

		serve(events, new SessionRepositoryFilter<>(sessions), new WholePageFilter());

		assertThat(events.committedByFlush).isTrue();
	}

	private MockHttpServletResponse serve(HttpServlet servlet, Filter... filters) throws Exception {
		sessions.save(session);
		sessions.reads.set(0);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mina-sidor");
		request.setCookies(new Cookie("SESSION",
				Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8))));
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MockFilterChain(servlet, filters).doFilter(request, response);
		return response;
	}

	/** Writes a page the way Thymeleaf does: all of it, then a flush. */
	private static final class Page extends HttpServlet {

		private final String contentType;

		private final int length;

		private boolean committedByFlush;

		Page(String contentType, int length) {
			this.contentType = contentType;
			this.length = length;
		}

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			assertThat(request.getSession(false)).isNotNull();
			response.setContentType(this.contentType);
			response.getWriter().write("x".repeat(this.length));
			response.getWriter().flush();
			this.committedByFlush = response.isCommitted();
		}

	}

	private static final class CountingSessions extends MapSessionRepository {

		private final AtomicInteger reads = new AtomicInteger();

		CountingSessions() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			this.reads.incrementAndGet();
			return super.findById(id);
		}

	}

}
