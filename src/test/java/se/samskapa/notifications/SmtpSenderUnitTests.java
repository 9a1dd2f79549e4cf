package se.samskapa.notifications;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import se.samskapa.notifications.internal.SmtpSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * E-mail goes to Spring's {@link JavaMailSender} (Boot configures it from
 * {@code spring.mail.*}) as plain text from {@code samskapa.mail.from}; a mail server
 * that refuses becomes a {@link MessageNotSent}.
 */
class SmtpSenderUnitTests {

	static final OutgoingMessage MESSAGE = new OutgoingMessage(new Recipient("+46701000001", "alva@example.se"),
			"Påminnelse från Fritidsbanken Centrum", "Hej! Det kostar ingenting.", "lending-reminder",
			"lending-loan:1");

	private final JavaMailSender mail = mock(JavaMailSender.class);

	private final SmtpSender sender = new SmtpSender(mail, "fritidsbanken@helsingborg.se");

	@Test
	void sendsPlainTextToTheAddress() {
		assertThat(sender.channel()).isEqualTo(Channel.EMAIL);
		sender.send("alva@example.se", MESSAGE);

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(mail).send(sent.capture());
		assertThat(sent.getValue().getFrom()).isEqualTo("fritidsbanken@helsingborg.se");
		assertThat(sent.getValue().getTo()).containsExactly("alva@example.se");
		assertThat(sent.getValue().getSubject()).isEqualTo("Påminnelse från Fritidsbanken Centrum");
		assertThat(sent.getValue().getText()).isEqualTo("Hej! Det kostar ingenting.");
	}

	@Test
	void aMailServerThatRefusesIsAMessageNotSent() {
		doThrow(new MailSendException("550 no such user alva@example.se")).when(mail)
			.send(any(SimpleMailMessage.class));
		assertThatThrownBy(() -> sender.send("alva@example.se", MESSAGE)).isInstanceOf(MessageNotSent.class)
			.hasMessageNotContaining("alva");
	}

}
