package se.samskapa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the interface exists in Swedish and in English, and every message key a
 * template or a class uses exists.
 */
class I18nPropertiesSyncTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");

	@Test
	void swedishAndEnglishHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Set<String> swedish = keys(I18N.resolve(bundle + ".properties"));
			Set<String> english = keys(I18N.resolve(bundle + "_en.properties"));
			assertThat(english).as("English keys of %s", bundle).containsExactlyInAnyOrderElementsOf(swedish);
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : bundles()) {
			for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
				Properties properties = load(I18N.resolve(file));
				properties.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, file).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : bundles()) {
			known.addAll(keys(I18N.resolve(bundle + ".properties")));
		}
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Set<String> keys = new TreeSet<>();
		load(file).keySet().forEach(key -> keys.add(key.toString()));
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
