package se.samskapa.notifications.internal;

import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import se.samskapa.notifications.Channel;
import se.samskapa.notifications.MessageNotSent;
import se.samskapa.notifications.MessageSender;
import se.samskapa.notifications.OutgoingMessage;

/**
 * Text messages through 46elks, a Swedish SMS gateway: {@code POST {base}/sms} with the
 * form fields {@code from}, {@code to} and {@code message}, HTTP basic authentication
 * with the API username and password; the answer is JSON with the message's {@code id}.
 * With {@code dontlog=message} 46elks keeps no copy of the text in its history. A refusal
 * (4xx), a server error (5xx) or no answer within the timeout is a {@link MessageNotSent}
 * that says only which.
 */
public class FortySixElksSmsSender implements MessageSender {

	/** A text sender: 3–11 letters and digits, starting with a letter; or a number. */
	private static final Pattern SENDER = Pattern.compile("[A-Za-z][A-Za-z0-9]{2,10}|\\+[0-9]{6,15}");

	private final RestClient client;

	private final SmsProperties properties;

	public FortySixElksSmsSender(SmsProperties properties) {
		if (isBlank(properties.username()) || isBlank(properties.password())) {
			throw new IllegalStateException(
					"samskapa.sms.provider=46elks needs samskapa.sms.username and samskapa.sms.password (the API credentials)");
		}
		if (!SENDER.matcher(properties.from()).matches()) {
			throw new IllegalStateException("samskapa.sms.from must be 3–11 letters and digits starting with a letter, "
					+ "or a number such as +46700000000, not '" + properties.from() + "'");
		}
		this.properties = properties;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		requests.setReadTimeout(properties.timeout());
		String base = properties.baseUrl().toString();
		this.client = RestClient.builder()
			.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
			.requestFactory(requests)
			.defaultHeaders(headers -> headers.setBasicAuth(properties.username(), properties.password()))
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public String send(String address, OutgoingMessage message) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("from", properties.from());
		form.add("to", address);
		form.add("message", message.body());
		form.add("dontlog", "message");
		if (properties.dryRun()) {
			form.add("dryrun", "yes");
		}
		String answer;
		try {
			answer = client.post()
				.uri("/sms")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form)
				.retrieve()
				.body(String.class);
		}
		catch (RestClientResponseException ex) {
			throw new MessageNotSent("46elks answered HTTP " + ex.getStatusCode().value(), ex);
		}
		catch (ResourceAccessException ex) {
			throw new MessageNotSent(
					timedOut(ex) ? "46elks did not answer in " + properties.timeout().toSeconds() + " s"
							: "46elks could not be reached (" + rootCause(ex).getClass().getSimpleName() + ")",
					ex);
		}
		catch (RestClientException ex) {
			throw new MessageNotSent("46elks: " + ex.getClass().getSimpleName(), ex);
		}
		return idOf(answer);
	}

	/** The message's id in 46elks' answer, or null when the answer has none. */
	private static String idOf(String answer) {
		if (answer == null || answer.isBlank()) {
			return null;
		}
		try {
			JsonNode id = JsonMapper.shared().readTree(answer).get("id");
			return id == null || id.isNull() ? null : id.asString();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
