/**
 * Messages to people outside Samskapa: SMS and e-mail. Modules hand an
 * {@link se.samskapa.notifications.OutgoingMessage} to
 * {@link se.samskapa.notifications.Notifications}; which gateway carries it is
 * configuration (an SMS gateway under {@code samskapa.sms.*}, SMTP under
 * {@code spring.mail.*}); without one the message is only written to the log, with the
 * number or address masked. Every attempt is recorded without its text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package se.samskapa.notifications;
