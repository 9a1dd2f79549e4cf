package se.samskapa.meetings.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret part of a person's calendar address. Whoever has the address sees the
 * person's meetings and actions, so it is long, random, and can be replaced.
 */
@Component
public class CalendarTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	CalendarTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's token, made the first time it is asked for. */
	@Transactional
	public String tokenFor(long personId) {
		return existing(personId).orElseGet(() -> replace(personId));
	}

	/** The person's token, if one has been made. */
	@Transactional(readOnly = true)
	public Optional<String> existing(long personId) {
		return jdbc.sql("SELECT token FROM meetings_calendar_feed WHERE person_id = :personId")
			.param("personId", personId)
			.query(String.class)
			.optional();
	}

	@Transactional
	public String replace(long personId) {
		String token = newToken();
		jdbc.sql("""
				INSERT INTO meetings_calendar_feed (person_id, token) VALUES (:personId, :token)
				ON CONFLICT (person_id) DO UPDATE SET token = :token, created_at = now()
				""").param("personId", personId).param("token", token).update();
		return token;
	}

	@Transactional(readOnly = true)
	public Optional<Long> personFor(String token) {
		return jdbc.sql("SELECT person_id FROM meetings_calendar_feed WHERE token = :token")
			.param("token", token)
			.query(Long.class)
			.optional();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
