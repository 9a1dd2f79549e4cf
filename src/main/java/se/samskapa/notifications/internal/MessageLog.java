package se.samskapa.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.notifications.Channel;
import se.samskapa.notifications.Delivery;
import se.samskapa.notifications.DeliveryStatus;

/** The record of every attempt to send a message, without its text or recipient. */
@Component
public class MessageLog {

	private static final int DETAIL_LENGTH = 200;

	private final JdbcClient jdbc;

	MessageLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Delivery record(String purpose, String reference, Channel channel, DeliveryStatus status, String detail,
			Instant at) {
		String shortDetail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
				: detail.substring(0, DETAIL_LENGTH);
		long id = jdbc.sql("""
				INSERT INTO notifications_delivery (purpose, reference, channel, status, detail, attempted_at)
				VALUES (:purpose, :reference, :channel, :status, :detail, :at) RETURNING id
				""")
			.param("purpose", purpose)
			.param("reference", reference)
			.param("channel", channel.name())
			.param("status", status.name())
			.param("detail", shortDetail)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new Delivery(id, channel, status, shortDetail, at);
	}

	public List<Delivery> find(String purpose, String reference) {
		return jdbc.sql("""
				SELECT id, channel, status, detail, attempted_at FROM notifications_delivery
				WHERE purpose = :purpose AND reference = :reference ORDER BY attempted_at DESC, id DESC
				""").param("purpose", purpose).param("reference", reference).query(MessageLog::delivery).list();
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
				DeliveryStatus.valueOf(rs.getString("status")), rs.getString("detail"),
				rs.getTimestamp("attempted_at").toInstant());
	}

}
