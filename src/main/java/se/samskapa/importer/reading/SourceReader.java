package se.samskapa.importer.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads what the importer is given into text: plain text and Markdown in any common
 * encoding, Word documents (.docx), and zip files of them (folders included). A file that
 * cannot be read gets a reason and the others are read all the same: one bad file never
 * stops a batch.
 */
public final class SourceReader {

	/** The largest document the importer reads. */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	/** Guards against zip bombs: at most this many files… */
	static final int MAX_ENTRIES = 2000;

	/** …and this much text in all from one zip. */
	static final long MAX_ZIP_BYTES = 200L * 1024 * 1024;

	private SourceReader() {
	}

	public static List<SourceText> read(List<SourceFile> files) {
		return entries(files).stream().map(Entry::read).toList();
	}

	/**
	 * The documents among the files, a zip's contents in its place, each still to be
	 * read. Reading (Word above all) is the slow part, so a caller can count first and
	 * report progress while it reads.
	 */
	public static List<Entry> entries(List<SourceFile> files) {
		List<Entry> entries = new ArrayList<>();
		for (SourceFile file : files) {
			if (isZip(file)) {
				entries.addAll(unzip(file));
			}
			else {
				entries.add(new Entry(file, null));
			}
		}
		return entries;
	}

	/**
	 * A document to read, or the reason a zip could not give its documents.
	 */
	public static final class Entry {

		private final SourceFile file;

		private final SourceText failed;

		private Entry(SourceFile file, SourceText failed) {
			this.file = file;
			this.failed = failed;
		}

		public String name() {
			return this.failed != null ? this.failed.name() : this.file.name();
		}

		public SourceText read() {
			return this.failed != null ? this.failed : SourceReader.read(this.file);
		}

	}

	static SourceText read(SourceFile file) {
		String name = file.name();
		byte[] bytes = file.content();
		String extension = extension(name);
		if (bytes.length > MAX_FILE_BYTES) {
			return SourceText.unreadable(name, "importer.file.too.large", MAX_FILE_BYTES / (1024 * 1024));
		}
		if (bytes.length == 0) {
			return SourceText.unreadable(name, "importer.file.empty");
		}
		if (extension.equals("doc") || extension.equals("pdf") || extension.equals("odt") || extension.equals("rtf")) {
			return SourceText.unreadable(name, "importer.file.unsupported", extension);
		}
		if (extension.equals("docx") || (isZipBytes(bytes) && !extension.equals("zip"))) {
			return readWord(file);
		}
		if (!TextDecoding.hasByteOrderMark(bytes) && TextDecoding.looksBinary(bytes)) {
			return SourceText.unreadable(name, "importer.file.binary");
		}
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
		return text(name, decoded.text(), decoded.encoding(), file.lastModified());
	}

	private static SourceText readWord(SourceFile file) {
		try {
			WordDocuments.Read read = WordDocuments.read(file.content());
			LocalDate date = read.created() != null ? read.created() : file.lastModified();
			return text(file.name(), read.text(), "docx", date);
		}
		catch (IOException | RuntimeException ex) {
			// POI throws several unchecked exceptions for damaged files; all mean the
			// same.
			return SourceText.unreadable(file.name(), "importer.file.damaged.docx");
		}
	}

	private static SourceText text(String name, String text, String format, LocalDate date) {
		// Trailing spaces stay in the text (two of them are a Markdown line break), but
		// do
		// not make a file read again look new.
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		if (lines.isBlank()) {
			return SourceText.unreadable(name, "importer.file.empty");
		}
		return new SourceText(name, lines, format, hash(normalise(lines)), date, null, List.of());
	}

	private static List<Entry> unzip(SourceFile zip) {
		List<Entry> entries = new ArrayList<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory() || skipped(entry.getName())) {
					continue;
				}
				if (entries.size() >= MAX_ENTRIES) {
					entries.add(failed(SourceText.unreadable(zip.name(), "importer.zip.too.many", MAX_ENTRIES)));
					break;
				}
				byte[] bytes = readAtMost(in, MAX_FILE_BYTES + 1);
				total += bytes.length;
				if (total > MAX_ZIP_BYTES) {
					entries.add(failed(SourceText.unreadable(zip.name(), "importer.zip.too.large")));
					break;
				}
				LocalDate modified = entry.getLastModifiedTime() == null ? null
						: entry.getLastModifiedTime().toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
				entries.add(new Entry(new SourceFile(entry.getName(), bytes, modified), null));
			}
		}
		catch (IOException ex) {
			// ZipException and truncated streams alike
			entries.add(failed(SourceText.unreadable(zip.name(), "importer.zip.damaged")));
		}
		if (entries.isEmpty()) {
			entries.add(failed(SourceText.unreadable(zip.name(),
					hasCentralDirectory(zip.content()) ? "importer.zip.empty" : "importer.zip.damaged")));
		}
		return entries;
	}

	private static Entry failed(SourceText text) {
		return new Entry(null, text);
	}

	/** A whole zip ends with its central directory (PK 5 6); a truncated one does not. */
	private static boolean hasCentralDirectory(byte[] bytes) {
		for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}

	/** Folders' own entries, macOS resource forks, hidden files and Word's lock files. */
	private static boolean skipped(String path) {
		String file = path.substring(path.lastIndexOf('/') + 1);
		return path.startsWith("__MACOSX/") || file.startsWith(".") || file.startsWith("~$") || file.isEmpty();
	}

	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16384];
		int read;
		while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static boolean isZip(SourceFile file) {
		return extension(file.name()).equals("zip") || (isZipBytes(file.content())
				&& !extension(file.name()).equals("docx") && !containsWordDocument(file.content()));
	}

	private static boolean isZipBytes(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static boolean containsWordDocument(byte[] bytes) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
		}
		catch (IOException ex) {
			return false;
		}
		return false;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** One line ending, no trailing blanks: the same minutes give the same hash. */
	static String normalise(String text) {
		String lf = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder out = new StringBuilder(lf.length());
		for (String line : lf.split("\n", -1)) {
			out.append(line.stripTrailing()).append('\n');
		}
		return out.toString().strip() + "\n";
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
