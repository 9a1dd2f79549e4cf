package se.samskapa.meetings;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestComponent;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;

/**
 * Finds the demo meetings by group and date, as they are on the fixed test date (22
 * November 2026): the five seed meetings (published), Gemensam utvecklingsgrupp 13 March
 * (a draft with items proposed by seed 001), the Ledningsgrupp meeting of 26 November
 * (prepared from the rule, with follow-up) and the Gemensam utvecklingsgrupp meeting of
 * 30 November (a draft with an item Herbert Tinz proposed).
 */
@TestComponent
public class DemoMeetings {

	public static final String LG = "Ledningsgrupp för utveckling";

	public static final String GUG = "Gemensam utvecklingsgrupp";

	private final MeetingReader reader;

	private final GroupManagement groups;

	DemoMeetings(MeetingReader reader, GroupManagement groups) {
		this.reader = reader;
		this.groups = groups;
	}

	public GroupView group(String name) {
		return groups.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	public long meeting(String groupName, LocalDate date) {
		return reader.ofGroup(group(groupName).id())
			.stream()
			.filter(m -> m.date().equals(date))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo meeting " + groupName + " " + date))
			.id();
	}

	/** Seed 000: Gemensam utvecklingsgrupp 7 March, published. */
	public long seed000() {
		return meeting(GUG, LocalDate.of(2026, 3, 7));
	}

	/** Seed 001: Ledningsgrupp för utveckling 20 February, published. */
	public long seed001() {
		return meeting(LG, LocalDate.of(2026, 2, 20));
	}

	/** Seed 004: Ledningsgrupp för utveckling 23 March, published. */
	public long seed004() {
		return meeting(LG, LocalDate.of(2026, 3, 23));
	}

	/** The next Ledningsgrupp meeting, prepared from the rule: a draft with follow-up. */
	public long nextLg() {
		return meeting(LG, LocalDate.of(2026, 11, 26));
	}

	/** The coming Gemensam utvecklingsgrupp meeting: a draft. */
	public long nextGug() {
		return meeting(GUG, LocalDate.of(2026, 11, 30));
	}

	/** Gemensam utvecklingsgrupp 13 March: a draft with the items seed 001 proposed. */
	public long gugMarch13() {
		return meeting(GUG, LocalDate.of(2026, 3, 13));
	}

}
