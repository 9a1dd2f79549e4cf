package se.samskapa.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the city's time zone, so that tests can fix the
 * date and every "today" agrees.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(STOCKHOLM);
	}

}
