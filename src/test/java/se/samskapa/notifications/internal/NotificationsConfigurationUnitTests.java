package se.samskapa.notifications.internal;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import se.samskapa.notifications.MessageSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The gateways come from configuration: none by default (messages are logged), 46elks
 * with {@code samskapa.sms.provider=46elks} and its credentials, SMTP with
 * {@code spring.mail.host}; 46elks without credentials stops the start with a message
 * that says what is missing.
 */
class NotificationsConfigurationUnitTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(NotificationsConfiguration.class, Properties.class)
		.withBean(JavaMailSender.class, () -> mock(JavaMailSender.class));

	@Test
	void noGatewayByDefault() {
		context.run(app -> assertThat(app).doesNotHaveBean(MessageSender.class));
	}

	@Test
	void fortySixElksForSms() {
		context
			.withPropertyValues("samskapa.sms.provider=46elks", "samskapa.sms.username=u1", "samskapa.sms.password=p1",
					"samskapa.sms.from=Fritidsbank")
			.run(app -> {
				assertThat(app).hasSingleBean(MessageSender.class);
				assertThat(app).getBean(MessageSender.class).isInstanceOf(FortySixElksSmsSender.class);
				assertThat(app.getBean(SmsProperties.class).baseUrl()).hasToString("https://api.46elks.com/a1");
			});
	}

	@Test
	void fortySixElksWithoutCredentialsStopsTheStart() {
		context.withPropertyValues("samskapa.sms.provider=46elks")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("samskapa.sms.username and samskapa.sms.password"));
	}

	@Test
	void smtpForEmailOnceAMailHostIsSet() {
		context.withPropertyValues("spring.mail.host=smtp.example.se", "samskapa.mail.from=fritidsbanken@example.se")
			.run(app -> assertThat(app).getBean(MessageSender.class).isInstanceOf(SmtpSender.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SmsProperties.class)
	static class Properties {

	}

}
