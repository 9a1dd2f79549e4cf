package se.samskapa.meetings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.meetings.DiffLine;
import se.samskapa.meetings.MinutesVersion;

/** The published versions of minutes, and what changed between two of them. */
@Component
public class MinutesVersions {

	private final JdbcClient jdbc;

	private final Clock clock;

	MinutesVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void save(long meetingId, int version, String content, String actor, String reason) {
		jdbc.sql("""
				INSERT INTO meetings_minutes_version (meeting_id, version, created_at, created_by, reason, content)
				VALUES (:meetingId, :version, :at, :actor, :reason, :content)
				""")
			.param("meetingId", meetingId)
			.param("version", version)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("reason", reason)
			.param("content", content)
			.update();
	}

	public List<MinutesVersion> list(long meetingId) {
		return jdbc.sql("""
				SELECT version, created_at, created_by, reason, content FROM meetings_minutes_version
				WHERE meeting_id = :meetingId ORDER BY version
				""")
			.param("meetingId", meetingId)
			.query((rs, i) -> new MinutesVersion(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	public Optional<MinutesVersion> find(long meetingId, int version) {
		return list(meetingId).stream().filter(v -> v.version() == version).findFirst();
	}

	/** Line by line, what changed from one text to the other. */
	public static List<DiffLine> diff(String from, String to) {
		List<String> original = from.lines().toList();
		List<String> revised = to.lines().toList();
		Patch<String> patch = DiffUtils.diff(original, revised);
		List<DiffLine> lines = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; position < delta.getSource().getPosition(); position++) {
				lines.add(new DiffLine(DiffLine.Change.UNCHANGED, original.get(position)));
			}
			delta.getSource().getLines().forEach(l -> lines.add(new DiffLine(DiffLine.Change.REMOVED, l)));
			delta.getTarget().getLines().forEach(l -> lines.add(new DiffLine(DiffLine.Change.ADDED, l)));
			position += delta.getSource().size();
		}
		for (; position < original.size(); position++) {
			lines.add(new DiffLine(DiffLine.Change.UNCHANGED, original.get(position)));
		}
		return lines;
	}

}
