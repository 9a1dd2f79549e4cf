package se.samskapa.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samskapa.notifications.internal.FortySixElksSmsSender;
import se.samskapa.notifications.internal.SmsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The 46elks adapter against a fake 46elks: a JDK HTTP server on the loopback address
 * that records each request and answers as the test says. The request is exactly what
 * 46elks documents (POST /a1/sms, form fields, basic authentication); refusals, server
 * errors, silence and a closed port each become a {@link MessageNotSent} that says which,
 * without the number or the text.
 */
class FortySixElksSmsSenderUnitTests {

	static final OutgoingMessage MESSAGE = new OutgoingMessage(Recipient.mobile("+46701000001"), "Påminnelse",
			"Hej! I morgon är sista dagen att lämna tillbaka tält, 2 personer (HBG-0141). Det kostar ingenting.",
			"lending-reminder", "lending-loan:1");

	private HttpServer server;

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = """
			{"status": "created", "direction": "outgoing", "from": "Fritidsbank", "created": "2026-11-22T09:00:00.000000",
			 "parts": 1, "to": "+46701000001", "cost": 3500, "message": "Hej!", "id": "s17a6dafb12d6b2cfbc6c2e3cb8c5e3a5"}
			""";

	private volatile long delayMillis;

	@BeforeEach
	void startFake46elks() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Content-Type"),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
		try {
			Thread.sleep(delayMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] body = (status == 200 ? answer : "API error").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/plain");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Test
	void postsTheFormWithBasicAuthenticationAndReturnsTheMessagesId() {
		String id = sender(Duration.ofSeconds(5), false).send("+46701000001", MESSAGE);

		assertThat(id).isEqualTo("s17a6dafb12d6b2cfbc6c2e3cb8c5e3a5");
		assertThat(requests).hasSize(1);
		Recorded request = requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/a1/sms");
		assertThat(request.authorization()).isEqualTo(
				"Basic " + Base64.getEncoder().encodeToString("u2c11ef65b429a8e16ccb1f960d02c734:hemligt".getBytes()));
		assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
		assertThat(request.form()).containsExactly(Map.entry("from", "Fritidsbank"), Map.entry("to", "+46701000001"),
				Map.entry("message", MESSAGE.body()), Map.entry("dontlog", "message"));
	}

	@Test
	void aDryRunAsks46elksToCheckWithoutSending() {
		sender(Duration.ofSeconds(5), true).send("+46701000001", MESSAGE);
		assertThat(requests.get(0).form()).containsEntry("dryrun", "yes");
	}

	@Test
	void aRefusalOrAServerErrorSaysTheStatusOnly() {
		status = 401;
		MessageNotSent refused = catchThrowableOfType(MessageNotSent.class,
				() -> sender(Duration.ofSeconds(5), false).send("+46701000001", MESSAGE));
		assertThat(refused).hasMessage("46elks answered HTTP 401");

		status = 503;
		assertThatThrownBy(() -> sender(Duration.ofSeconds(5), false).send("+46701000001", MESSAGE))
			.isInstanceOf(MessageNotSent.class)
			.hasMessage("46elks answered HTTP 503")
			.hasMessageNotContaining("0701000001")
			.hasMessageNotContaining("Hej");
	}

	@Test
	void noAnswerWithinTheTimeoutIsATimeout() {
		delayMillis = 2_000;
		long started = System.nanoTime();
		assertThatThrownBy(() -> sender(Duration.ofMillis(300), false).send("+46701000001", MESSAGE))
			.isInstanceOf(MessageNotSent.class)
			.hasMessageStartingWith("46elks did not answer");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_900));
	}

	@Test
	void aGatewayThatIsNotThereCannotBeReached() {
		int port = server.getAddress().getPort();
		server.stop(0);
		assertThatThrownBy(() -> new FortySixElksSmsSender(
				properties(URI.create("http://127.0.0.1:" + port + "/a1"), Duration.ofSeconds(2), false))
			.send("+46701000001", MESSAGE)).isInstanceOf(MessageNotSent.class)
			.hasMessageStartingWith("46elks could not be reached");
	}

	@Test
	void anAnswerWithoutAnIdIsStillSent() {
		answer = "not json";
		assertThat(sender(Duration.ofSeconds(5), false).send("+46701000001", MESSAGE)).isNull();
	}

	@Test
	void credentialsAndAValidSenderAreRequired() {
		URI base = URI.create("https://api.46elks.com/a1");
		assertThatThrownBy(() -> new FortySixElksSmsSender(
				new SmsProperties("46elks", base, "", "hemligt", "Fritidsbank", Duration.ofSeconds(10), false)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("samskapa.sms.username");
		assertThatThrownBy(() -> new FortySixElksSmsSender(
				new SmsProperties("46elks", base, "u", "p", "Fritidsbanken", Duration.ofSeconds(10), false)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("samskapa.sms.from");
		new FortySixElksSmsSender(
				new SmsProperties("46elks", base, "u", "p", "+46766861004", Duration.ofSeconds(10), false));
	}

	private FortySixElksSmsSender sender(Duration timeout, boolean dryRun) {
		return new FortySixElksSmsSender(
				properties(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/a1/"), timeout, dryRun));
	}

	private static SmsProperties properties(URI base, Duration timeout, boolean dryRun) {
		return new SmsProperties("46elks", base, "u2c11ef65b429a8e16ccb1f960d02c734", "hemligt", "Fritidsbank", timeout,
				dryRun);
	}

	record Recorded(String method, String path, String authorization, String contentType, String body) {

		Map<String, String> form() {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String pair : body.split("&")) {
				int eq = pair.indexOf('=');
				fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return fields;
		}

	}

}
