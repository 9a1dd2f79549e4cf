package se.samskapa.bench.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.samskapa.importer.parsing.ExtractionJson;
import se.samskapa.importer.parsing.InMemoryPeopleIndex;
import se.samskapa.importer.parsing.MinutesParser;
import se.samskapa.importer.parsing.ParseContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parse throughput over the five seed minutes and the five minutes from other
 * organisations, with the demo directory as the people index. One operation is one
 * document, so the score reads as documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

	private static final String[] DOCUMENTS = { "seeds/000_6887b0ee83dd25c1", "seeds/001_1e85eba87900dc1f",
			"seeds/002_15405d667cb0fff8", "seeds/003_55fdfe62f9737899", "seeds/004_15c967ec190d0aa3",
			"examples/01_gms-ngp-arbetsmote-2020-05-08", "examples/02_gms-ngp-arbetsmote-2020-03-13",
			"examples/03_digg-ena-samverkansplattform-2024-10-21", "examples/04_oidc-sweden-2020-11-24",
			"examples/05_oidc-sweden-2020-12-10" };

	private final MinutesParser parser = new MinutesParser();

	private List<String> texts;

	private ParseContext context;

	@Setup
	public void load() {
		this.texts = new ArrayList<>();
		for (String document : DOCUMENTS) {
			this.texts.add(resource("importer/" + document + ".txt"));
		}
		this.context = demoContext();
	}

	@Benchmark
	@OperationsPerInvocation(10)
	public void parse(Blackhole blackhole) {
		for (String text : this.texts) {
			blackhole.consume(this.parser.parse(text, this.context));
		}
	}

	@Benchmark
	@OperationsPerInvocation(10)
	public void parseAndRenderJson(Blackhole blackhole) {
		for (String text : this.texts) {
			blackhole.consume(ExtractionJson.render(this.parser.parse(text, this.context)));
		}
	}

	private static ParseContext demoContext() {
		JsonNode root = JsonMapper.builder().build().readTree(resource("demo/directory.json"));
		InMemoryPeopleIndex.Builder builder = InMemoryPeopleIndex.builder();
		for (JsonNode org : root.get("organisations").values()) {
			JsonNode shortName = org.get("shortName");
			builder.organisation(org.get("name").asString(), shortName.isNull() ? null : shortName.asString(),
					org.get("aliases").values().stream().map(JsonNode::asString).toArray(String[]::new));
		}
		for (JsonNode person : root.get("people").values()) {
			builder.person(person.get("name").asString(),
					person.get("aliases").values().stream().map(JsonNode::asString).toArray(String[]::new));
		}
		List<String> groups = new ArrayList<>();
		for (JsonNode group : root.get("groups").values()) {
			String name = group.get("name").asString();
			groups.add(name);
			group.get("members").values().forEach((member) -> builder.member(name, member.get(0).asString()));
		}
		return new ParseContext(null, groups, null, null, builder.build());
	}

	private static String resource(String path) {
		try (InputStream in = ParserBenchmark.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
