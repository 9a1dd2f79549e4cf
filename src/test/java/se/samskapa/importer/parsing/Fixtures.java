package se.samskapa.importer.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed minutes and the minutes examples (copied from {@code shared/} into
 * {@code src/test/resources/importer/}), and the demo directory as a {@link PeopleIndex}.
 */
final class Fixtures {

	static final List<String> SEEDS = List.of("000_6887b0ee83dd25c1", "001_1e85eba87900dc1f", "002_15405d667cb0fff8",
			"003_55fdfe62f9737899", "004_15c967ec190d0aa3");

	static final List<String> EXAMPLES = List.of("01_gms-ngp-arbetsmote-2020-05-08", "02_gms-ngp-arbetsmote-2020-03-13",
			"03_digg-ena-samverkansplattform-2024-10-21", "04_oidc-sweden-2020-11-24", "05_oidc-sweden-2020-12-10");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static InMemoryPeopleIndex demoIndex;

	private static List<String> demoGroups;

	private Fixtures() {
	}

	static String seed(String name) {
		return resource("importer/seeds/" + name + ".txt");
	}

	static JsonNode expectedSeed(String name) {
		return MAPPER.readTree(resource("importer/seeds/" + name + ".expected.json"));
	}

	static String example(String name) {
		return resource("importer/examples/" + name + ".txt");
	}

	static JsonNode expectedExample(String name) {
		return MAPPER.readTree(resource("importer/examples/" + name + ".expected.json"));
	}

	static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

	/** The demo directory's people, aliases, organisations and group memberships. */
	static synchronized PeopleIndex demoIndex() {
		if (demoIndex == null) {
			loadDemoDirectory();
		}
		return demoIndex;
	}

	static synchronized List<String> demoGroups() {
		if (demoGroups == null) {
			loadDemoDirectory();
		}
		return demoGroups;
	}

	/** The context the seeds are parsed in: the demo directory, its groups, no year. */
	static ParseContext seedContext(String source) {
		return new ParseContext(source, demoGroups(), null, null, demoIndex());
	}

	private static void loadDemoDirectory() {
		JsonNode root = MAPPER.readTree(resource("demo/directory.json"));
		InMemoryPeopleIndex.Builder builder = InMemoryPeopleIndex.builder();
		for (JsonNode org : root.get("organisations").values()) {
			List<String> aliases = new ArrayList<>();
			org.get("aliases").values().forEach((a) -> aliases.add(a.asString()));
			JsonNode shortName = org.get("shortName");
			builder.organisation(org.get("name").asString(),
					(shortName == null || shortName.isNull()) ? null : shortName.asString(),
					aliases.toArray(String[]::new));
		}
		for (JsonNode person : root.get("people").values()) {
			List<String> aliases = new ArrayList<>();
			person.get("aliases").values().forEach((a) -> aliases.add(a.asString()));
			builder.person(person.get("name").asString(), aliases.toArray(String[]::new));
		}
		List<String> groups = new ArrayList<>();
		for (JsonNode group : root.get("groups").values()) {
			String name = group.get("name").asString();
			groups.add(name);
			group.get("members").values().forEach((member) -> builder.member(name, member.get(0).asString()));
		}
		demoIndex = builder.build();
		demoGroups = List.copyOf(groups);
	}

	private static String resource(String path) {
		try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
