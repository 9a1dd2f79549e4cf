package se.samskapa.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import se.samskapa.notifications.MessageSender;

/**
 * The gateways, by configuration: 46elks for SMS when
 * {@code samskapa.sms.provider=46elks}, SMTP for e-mail when {@code spring.mail.host} is
 * set. A channel without one has its messages written to the log (see
 * {@link LoggingSender}).
 */
@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

	@Bean
	@ConditionalOnProperty(name = "samskapa.sms.provider", havingValue = "46elks")
	MessageSender fortySixElksSmsSender(SmsProperties properties) {
		return new FortySixElksSmsSender(properties);
	}

	@Bean
	@ConditionalOnProperty(name = "spring.mail.host")
	MessageSender smtpSender(JavaMailSender mail, @Value("${samskapa.mail.from}") String from) {
		return new SmtpSender(mail, from);
	}

}
