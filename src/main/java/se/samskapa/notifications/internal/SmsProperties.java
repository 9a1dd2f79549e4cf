package se.samskapa.notifications.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway, {@code samskapa.sms.*}. Without a provider, text messages are only
 * written to the log.
 *
 * @param provider {@code 46elks}, or empty for none
 * @param baseUrl the gateway's API address (46elks: https://api.46elks.com/a1)
 * @param username the API username
 * @param password the API password
 * @param from the sender the recipient sees: a name of 3–11 letters and digits starting
 * with a letter, or a number in E.164 form
 * @param timeout how long to wait for the gateway to connect and to answer
 * @param dryRun the gateway checks each message but sends none (46elks' {@code dryrun})
 */
@ConfigurationProperties("samskapa.sms")
public record SmsProperties(@DefaultValue("") String provider, @DefaultValue("https://api.46elks.com/a1") URI baseUrl,
		String username, String password, @DefaultValue("Samskapa") String from, @DefaultValue("10s") Duration timeout,
		@DefaultValue("false") boolean dryRun) {

}
