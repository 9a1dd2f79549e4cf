package se.samskapa.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session's repository, made to send PostgreSQL nothing after a request that
 * changed nothing in the session, and only its one query to read a session.
 * <p>
 * Why: Spring Session moves a session's last access on every request and saves the
 * session after it, each read and each save in a transaction of its own. A logged-in page
 * therefore cost six statements before its own work (BEGIN, the read, COMMIT; BEGIN, the
 * update, COMMIT), even though the update itself writes only once a minute
 * ({@link SessionConfiguration#UPDATE_SESSION}). Under load each statement costs the
 * database about as much as a small query, so a page now sends one.
 * <p>
 * How: the delegate runs without transactions of its own (see
 * {@link SessionConfiguration}), so that a read is its single query; a save happens here,
 * in a transaction of its own, and only when the session is new, an attribute, the id or
 * the timeout changed, or the stored last access is {@code touchInterval} old. Reads and
 * deletes run outside any transaction the caller has open, as Spring Session's own did:
 * an expired session found inside a read-only transaction is still deleted. Attributes
 * count as changed when they are set or removed, which is all Spring Session itself saves
 * in its default save mode ({@code ON_SET_ATTRIBUTE}); {@link SessionConfiguration}
 * refuses to start with another.
 */
final class QuietSessionRepository
		implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession>, DisposableBean {

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final TransactionOperations ownTransaction;

	private final TransactionOperations noTransaction;

	private final Duration touchInterval;

	/**
	 * @param ownTransaction runs a save in a new transaction
	 * @param noTransaction runs reads and deletes outside any transaction
	 */
	@SuppressWarnings("unchecked")
	QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate,
			TransactionOperations ownTransaction, TransactionOperations noTransaction, Duration touchInterval) {
		// Only sessions the delegate made are handed back to it.
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
		this.ownTransaction = ownTransaction;
		this.noTransaction = noTransaction;
		this.touchInterval = touchInterval;
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(this.delegate.createSession(), null);
	}

	@Override
	public void save(QuietSession session) {
		if (!session.mustBeSaved(this.touchInterval)) {
			return;
		}
		this.ownTransaction.executeWithoutResult(status -> this.delegate.save(session.stored));
		session.saved(this.touchInterval);
	}

	@Override
	public QuietSession findById(String id) {
		Session found = this.noTransaction.execute(status -> this.delegate.findById(id));
		return (found != null) ? new QuietSession(found, found.getLastAccessedTime()) : null;
	}

	@Override
	public void deleteById(String id) {
		this.noTransaction.executeWithoutResult(status -> this.delegate.deleteById(id));
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> found = new LinkedHashMap<>();
		this.noTransaction.execute(status -> this.delegate.findByIndexNameAndIndexValue(indexName, indexValue))
			.forEach((id, session) -> found.put(id, new QuietSession(session, session.getLastAccessedTime())));
		return found;
	}

	/**
	 * Stops the delegate's scheduled clean-up of expired sessions with the application.
	 */
	@Override
	public void destroy() throws Exception {
		if (this.delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/** A session as the delegate keeps it, and whether this request changed it. */
	static final class QuietSession implements Session {

		private final Session stored;

		/** The last access as stored in the database; {@code null} for a new session. */
		private Instant storedLastAccess;

		private boolean changed;

		QuietSession(Session stored, Instant storedLastAccess) {
			this.stored = stored;
			this.storedLastAccess = storedLastAccess;
		}

		boolean mustBeSaved(Duration touchInterval) {
			return this.changed || this.storedLastAccess == null || touched(touchInterval);
		}

		void saved(Duration touchInterval) {
			if (this.storedLastAccess == null || touched(touchInterval)) {
				this.storedLastAccess = this.stored.getLastAccessedTime();
			}
			this.changed = false;
		}

		private boolean touched(Duration touchInterval) {
			return Duration.between(this.storedLastAccess, this.stored.getLastAccessedTime())
				.compareTo(touchInterval) >= 0;
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.changed = true;
			this.stored.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.changed = true;
			this.stored.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.stored.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(this.stored.getMaxInactiveInterval())) {
				this.changed = true;
			}
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
