package se.samskapa.importer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.samskapa.importer.reading.SourceFile;
import se.samskapa.importer.reading.SourceReader;

/**
 * The files and folders of the command line as the importer takes them: a folder's files
 * in sorted order, from its sub-folders too, each named by its path inside the folder. A
 * file named on the command line is always given to the importer, which says why it
 * cannot read one; in a folder, only the kinds of file minutes come in are taken, so that
 * the pictures or notes beside them are left alone (and named as skipped).
 */
final class SourceFiles {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/**
	 * What minutes come in, and the formats the importer names as unsupported so that
	 * minutes in them are not passed over in silence.
	 */
	private static final Set<String> MINUTES_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "docx", "zip", "doc",
			"odt", "rtf", "pdf");

	private SourceFiles() {
	}

	/**
	 * @throws UsageException for a path that does not exist or cannot be read
	 */
	static Found read(List<Path> paths) {
		List<SourceFile> files = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw UsageException.value("importer.cli.error.missing.path", path.toString());
			}
			try {
				if (Files.isDirectory(path)) {
					List<SourceFile> found = folder(path, skipped);
					if (found.isEmpty()) {
						throw UsageException.value("importer.cli.error.no.documents", path.toString());
					}
					files.addAll(found);
				}
				else {
					files.add(file(path, path.getFileName().toString()));
				}
			}
			catch (IOException ex) {
				throw UsageException.value("importer.cli.error.unreadable.path", path.toString(), ex.toString());
			}
		}
		return new Found(files, skipped);
	}

	private static List<SourceFile> folder(Path folder, List<String> skipped) throws IOException {
		List<Path> all = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				return dir.equals(folder) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && !hidden(file)) {
					all.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		all.sort(Comparator.comparing(file -> name(folder, file)));
		List<SourceFile> files = new ArrayList<>();
		for (Path file : all) {
			if (MINUTES_EXTENSIONS.contains(extension(file))) {
				files.add(file(file, name(folder, file)));
			}
			else {
				skipped.add(name(folder, file));
			}
		}
		return files;
	}

	/** Hidden files and folders, and the lock files Word leaves beside open documents. */
	private static boolean hidden(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(".") || name.startsWith("~$");
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String name(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

	private static SourceFile file(Path path, String name) throws IOException {
		LocalDate modified = Files.getLastModifiedTime(path).toInstant().atZone(STOCKHOLM).toLocalDate();
		return new SourceFile(name, content(path, name), modified);
	}

	/**
	 * A document past the importer's limit is refused for its size anyway; reading one
	 * byte more than the limit says so without holding a huge file in memory. A zip is
	 * read whole, since the importer limits what is inside it.
	 */
	private static byte[] content(Path path, String name) throws IOException {
		if (extension(path).equals("zip")) {
			return Files.readAllBytes(path);
		}
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(SourceReader.MAX_FILE_BYTES + 1);
		}
	}

	/**
	 * What was found.
	 *
	 * @param files the files for the importer, in order
	 * @param skipped the files in folders that were left out, by name
	 */
	record Found(List<SourceFile> files, List<String> skipped) {

		Found {
			files = List.copyOf(files);
			skipped = List.copyOf(skipped);
		}

	}

}
