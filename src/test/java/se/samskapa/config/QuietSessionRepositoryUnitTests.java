package se.samskapa.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionProperties;
import org.springframework.session.FlushMode;
import org.springframework.session.SaveMode;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * A session is saved, in a transaction, only when the request changed it or its stored
 * last access is a minute old; reading one starts no transaction.
 */
class QuietSessionRepositoryUnitTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private static final Instant STORED = Instant.parse("2026-11-23T08:00:00Z");

	@SuppressWarnings("unchecked")
	private final FindByIndexNameSessionRepository<Session> delegate = mock(FindByIndexNameSessionRepository.class,
			withSettings().extraInterfaces(DisposableBean.class));

	private final CountingTransactions transactions = new CountingTransactions();

	private final CountingTransactions outside = new CountingTransactions();

	private final QuietSessionRepository repository = new QuietSessionRepository(this.delegate, this.transactions,
			this.outside, MINUTE);

	private final MapSession stored = new MapSession("abc");

	private boolean savedInTransaction;

	private boolean deletedOutside;

	@BeforeEach
	void storeSession() {
		this.stored.setLastAccessedTime(STORED);
		this.stored.setAttribute("SPRING_SECURITY_CONTEXT", "context");
		when(this.delegate.findById("abc")).thenReturn(this.stored);
		doAnswer(invocation -> this.savedInTransaction = this.transactions.open).when(this.delegate).save(any());
	}

	@Test
	void aRequestThatOnlyMovedTheLastAccessSavesNothing() {
		QuietSessionRepository.QuietSession session = this.repository.findById("abc");
		session.setLastAccessedTime(STORED.plusSeconds(59));
		assertThat((String) session.getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("context");

		this.repository.save(session);

		verify(this.delegate, never()).save(any());
		assertThat(this.transactions.started).isZero();
	}

	@Test
	void readingASessionStartsNoTransactionAndStaysOutOfTheCallers() {
		when(this.delegate.findById("abc")).thenAnswer(invocation -> this.outside.open ? this.stored : null);

		assertThat(this.repository.findById("abc").getId()).isEqualTo("abc");
		assertThat(this.repository.findById("unknown")).isNull();
		assertThat(this.transactions.started).isZero();
		assertThat(this.outside.started).isEqualTo(2);
	}

	@Test
	void aSetAttributeIsSavedInATransaction() {
		QuietSessionRepository.QuietSession session = this.repository.findById("abc");
		session.setAttribute("flash", "Sparat");

		this.repository.save(session);

		verify(this.delegate).save(this.stored);
		assertThat(this.transactions.started).isEqualTo(1);
		assertThat(this.savedInTransaction).isTrue();
		assertThat((String) this.stored.getAttribute("flash")).isEqualTo("Sparat");
	}

	@Test
	void aRemovedAttributeIsSaved() {
		QuietSessionRepository.QuietSession session = this.repository.findById("abc");
		session.removeAttribute("SPRING_SECURITY_CONTEXT");

		this.repository.save(session);

		verify(this.delegate).save(this.stored);
	}

	@Test
	void aNewIdAtLoginIsSaved() {
		QuietSessionRepository.QuietSession session = this.repository.findById("abc");
		String newId = session.changeSessionId();

		this.repository.save(session);

		verify(this.delegate).save(this.stored);
		assertThat(newId).isNotEqualTo("abc");
	}

	@Test
	void aChangedTimeoutIsSavedAndTheSameOneIsNot() {
		QuietSessionRepository.QuietSession same = this.repository.findById("abc");
		same.setMaxInactiveInterval(this.stored.getMaxInactiveInterval());
		this.repository.save(same);
		verify(this.delegate, never()).save(any());

		QuietSessionRepository.QuietSession longer = this.repository.findById("abc");
		longer.setMaxInactiveInterval(Duration.ofHours(8));
		this.repository.save(longer);
		verify(this.delegate).save(this.stored);
	}

	@Test
	void theLastAccessIsStoredOnceAMinuteAndNotAgainRightAfter() {
		QuietSessionRepository.QuietSession session = this.repository.findById("abc");
		session.setLastAccessedTime(STORED.plus(MINUTE));
		this.repository.save(session);
		verify(this.delegate).save(this.stored);

		session.setLastAccessedTime(STORED.plus(MINUTE).plusSeconds(1));
		this.repository.save(session);
		assertThat(this.transactions.started).isEqualTo(1);
	}

	@Test
	void aNewSessionIsSavedOnceUntilItChanges() {
		MapSession created = new MapSession("new");
		when(this.delegate.createSession()).thenReturn(created);

		QuietSessionRepository.QuietSession session = this.repository.createSession();
		this.repository.save(session);
		this.repository.save(session);

		verify(this.delegate).save(created);
		assertThat(this.transactions.started).isEqualTo(1);
	}

	@Test
	void sessionsFoundByPersonCanBeChangedAndSaved() {
		when(this.delegate.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"samordnare"))
			.thenReturn(Map.of("abc", this.stored));

		Map<String, QuietSessionRepository.QuietSession> found = this.repository.findByPrincipalName("samordnare");
		found.get("abc").setAttribute("expired", true);
		this.repository.save(found.get("abc"));

		assertThat(found).containsOnlyKeys("abc");
		verify(this.delegate).save(this.stored);
	}

	@Test
	void deletingAndStoppingGoToTheDelegate() throws Exception {
		doAnswer(invocation -> this.deletedOutside = this.outside.open).when(this.delegate).deleteById("abc");

		this.repository.deleteById("abc");
		this.repository.destroy();

		assertThat(this.deletedOutside).isTrue();
		verify((DisposableBean) this.delegate).destroy();
	}

	@Test
	void otherSaveOrFlushModesAreRefused() {
		JdbcSessionProperties defaults = new JdbcSessionProperties();
		SessionConfiguration.requireSavedOnSetAttribute(defaults);

		JdbcSessionProperties onGet = new JdbcSessionProperties();
		onGet.setSaveMode(SaveMode.ON_GET_ATTRIBUTE);
		assertThatIllegalStateException().isThrownBy(() -> SessionConfiguration.requireSavedOnSetAttribute(onGet))
			.withMessageContaining("save-mode");

		JdbcSessionProperties immediate = new JdbcSessionProperties();
		immediate.setFlushMode(FlushMode.IMMEDIATE);
		assertThatIllegalStateException().isThrownBy(() -> SessionConfiguration.requireSavedOnSetAttribute(immediate));
	}

	/** Runs the work at once, counting how often it was asked to. */
	private static final class CountingTransactions implements TransactionOperations {

		int started;

		boolean open;

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			this.started++;
			this.open = true;
			try {
				return action.doInTransaction(new SimpleTransactionStatus());
			}
			finally {
				this.open = false;
			}
		}

	}

}
