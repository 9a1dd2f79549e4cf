package se.samskapa.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import se.samskapa.importer.reading.SourceFile;

/** The seed minutes as the importer receives them. */
final class ImportFixtures {

	static final List<String> SEEDS = List.of("000_6887b0ee83dd25c1", "001_1e85eba87900dc1f", "002_15405d667cb0fff8",
			"003_55fdfe62f9737899", "004_15c967ec190d0aa3");

	private ImportFixtures() {
	}

	static SourceFile seed(String name) {
		return new SourceFile(name + ".txt", bytes("importer/seeds/" + name + ".txt"));
	}

	static List<SourceFile> seeds() {
		List<SourceFile> files = new ArrayList<>();
		SEEDS.forEach(name -> files.add(seed(name)));
		return files;
	}

	static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
