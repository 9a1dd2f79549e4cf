package se.samskapa.support;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests run on a fixed day, so that the demo data (dated in "the current year") and every
 * "today" are the same on every run: Sunday 22 November 2026, 10.00 in Stockholm.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

	@Bean
	@Primary
	Clock testClock() {
		return Clock.fixed(NOW.atZone(STOCKHOLM).toInstant(), STOCKHOLM);
	}

}
