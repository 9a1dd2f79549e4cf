package se.samskapa.notifications;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a gateway (the default), a message is written to the log with the number and
 * address masked, recorded as LOGGED, and reaches nobody; the record holds neither the
 * text nor the recipient.
 */
@SamskapaTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class NotificationsIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutAGatewayTheMessageIsLoggedMaskedAndRecordedAsLogged(CapturedOutput output) {
		assertThat(notifications.delivers(Channel.SMS)).isFalse();
		assertThat(notifications.delivers(Channel.EMAIL)).isFalse();

		List<Delivery> deliveries = notifications.send(new OutgoingMessage(
				new Recipient("+46701234567", "alva.lind@example.se"), "Påminnelse",
				"Hej! I morgon är sista dagen att lämna tillbaka tält (HBG-0141).", "test-reminder", "test-loan:41"));

		assertThat(deliveries).extracting(Delivery::channel, Delivery::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.SMS, DeliveryStatus.LOGGED),
					org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, DeliveryStatus.LOGGED));
		assertThat(output).contains("+46 70*** **67", "a***@e***.se", "test-loan:41", "tält (HBG-0141)")
			.doesNotContain("+46701234567", "0701234567", "alva.lind");
		assertThat(notifications.deliveries("test-reminder", "test-loan:41")).hasSize(2)
			.allMatch(d -> d.status() == DeliveryStatus.LOGGED);
		String row = jdbc
			.sql("SELECT string_agg(d::text, ' ') FROM notifications_delivery d WHERE reference = 'test-loan:41'")
			.query(String.class)
			.single();
		assertThat(row).contains("test-reminder", "SMS", "EMAIL", "LOGGED")
			.doesNotContain("4567", "alva", "Hej", "HBG-0141");
	}

	@Test
	void aMessageGoesOnlyToTheChannelsTheRecipientHasAnAddressOn() {
		assertThat(notifications.send(
				new OutgoingMessage(Recipient.mobile("+46701234567"), null, "Kvitto", "test-receipt", "test-loan:42")))
			.extracting(Delivery::channel)
			.containsExactly(Channel.SMS);
	}

}
