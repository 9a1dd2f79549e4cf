package se.samskapa.demo;

import java.util.List;

/** The shape of the demo data files under {@code src/main/resources/demo}. */
final class DemoFiles {

	private DemoFiles() {
	}

	record Directory(List<Organisation> organisations, List<Person> people, List<Group> groups) {
	}

	record Organisation(String name, String shortName, String kind, List<String> aliases) {
	}

	record Person(String name, List<String> aliases, List<Affiliation> affiliations) {
	}

	record Affiliation(String organisation, String title, String from, String to) {
	}

	record Group(String name, String kind, String reportsTo, String description, Rule rule, RuleException exception,
			List<List<String>> members) {
	}

	record Rule(String weekday, String parity, String start, String end, String place, String fromSeed) {
	}

	record RuleException(String near, String note) {
	}

	record SeedMeeting(String seed, String group, String monthDay, String start, String end, List<Attendee> present,
			List<Attendee> absent, String noteTaker, List<Section> sections, List<Decision> decisions,
			List<Action> actions) {
	}

	record Attendee(String name, String organisation) {
	}

	record Section(String title, String notes) {
	}

	record Decision(String section, String text) {
	}

	record Action(String what, String due, String section, List<String> owners, String status) {
	}

}
