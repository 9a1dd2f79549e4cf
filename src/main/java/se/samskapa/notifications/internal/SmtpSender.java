package se.samskapa.notifications.internal;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import se.samskapa.notifications.Channel;
import se.samskapa.notifications.MessageNotSent;
import se.samskapa.notifications.MessageSender;
import se.samskapa.notifications.OutgoingMessage;

/**
 * E-mail through the SMTP server Spring Boot's mail support is configured for
 * ({@code spring.mail.host} and the rest), from {@code samskapa.mail.from}, as plain text
 * (UTF-8, Boot's default encoding).
 */
public class SmtpSender implements MessageSender {

	private final JavaMailSender mail;

	private final String from;

	public SmtpSender(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String send(String address, OutgoingMessage message) {
		SimpleMailMessage mailMessage = new SimpleMailMessage();
		mailMessage.setFrom(from);
		mailMessage.setTo(address);
		mailMessage.setSubject(message.subject() == null ? "" : message.subject());
		mailMessage.setText(message.body());
		try {
			mail.send(mailMessage);
		}
		catch (MailException ex) {
			throw new MessageNotSent(
					"the mail server refused it or could not be reached (" + ex.getClass().getSimpleName() + ")", ex);
		}
		return null;
	}

}
