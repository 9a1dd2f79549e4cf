package se.samskapa.lending;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.samskapa.notifications.Channel;
import se.samskapa.notifications.MessageSender;
import se.samskapa.notifications.OutgoingMessage;

/**
 * An SMS gateway and a mail server that keep what they are given, for tests; told to,
 * they fail as a real one would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeGateways {

	@Bean
	FakeGateway fakeSmsGateway() {
		return new FakeGateway(Channel.SMS);
	}

	@Bean
	FakeGateway fakeMailServer() {
		return new FakeGateway(Channel.EMAIL);
	}

	/** A message as the gateway got it. */
	public record Sent(String address, OutgoingMessage message) {
	}

	public static class FakeGateway implements MessageSender {

		private final Channel channel;

		private final List<Sent> sent = new CopyOnWriteArrayList<>();

		private final AtomicInteger ids = new AtomicInteger();

		private volatile RuntimeException failure;

		FakeGateway(Channel channel) {
			this.channel = channel;
		}

		@Override
		public Channel channel() {
			return channel;
		}

		@Override
		public String send(String address, OutgoingMessage message) {
			if (failure != null) {
				throw failure;
			}
			sent.add(new Sent(address, message));
			return "fake-" + channel.name().toLowerCase() + "-" + ids.incrementAndGet();
		}

		/** What went to this address, the first first. */
		public List<OutgoingMessage> to(String address) {
			return sent.stream().filter(s -> s.address().equals(address)).map(Sent::message).toList();
		}

		/** From now on every message fails so; {@code null} to work again. */
		public void failWith(RuntimeException failure) {
			this.failure = failure;
		}

	}

}
