package se.samskapa.importer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command's arguments, checked before anything starts.
 *
 * @param dryRun whether to store nothing ({@code --dry-run})
 * @param json whether to write the extraction JSON to stdout ({@code --json})
 * @param year the year for dates written without one, or {@code null}
 * @param group the name of the group all files belong to, or {@code null}
 * @param keepActionsOpen whether the actions of old minutes stay open
 * ({@code --keep-actions-open}) instead of being saved as dropped
 * @param paths the files and folders to import
 * @param springArguments {@code --name=value} settings passed on to Spring Boot
 * @param help whether only the usage text was asked for
 */
record ImportArguments(boolean dryRun, boolean json, Integer year, String group, boolean keepActionsOpen,
		List<Path> paths, List<String> springArguments, boolean help) {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	ImportArguments {
		paths = List.copyOf(paths);
		springArguments = List.copyOf(springArguments);
	}

	/**
	 * @throws UsageException when the arguments do not make a command
	 */
	static ImportArguments parse(String... args) {
		boolean dryRun = false;
		boolean json = false;
		boolean keepActionsOpen = false;
		String year = null;
		String group = null;
		List<Path> paths = new ArrayList<>();
		List<String> springArguments = new ArrayList<>();
		boolean optionsEnded = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
				paths.add(Path.of(arg));
				continue;
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "--" -> optionsEnded = true;
				case "-h", "--help" -> {
					return new ImportArguments(false, false, null, null, false, List.of(), List.of(), true);
				}
				case "--dry-run" -> dryRun = flag(arg, inline);
				case "--json" -> json = flag(arg, inline);
				case "--keep-actions-open" -> keepActionsOpen = flag(arg, inline);
				case "--year", "--group" -> {
					String value = inline;
					if (value == null) {
						if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
							throw UsageException.option("importer.cli.error.missing.value", name);
						}
						value = args[++i];
					}
					if (name.equals("--year")) {
						year = value;
					}
					else {
						group = value;
					}
				}
				default -> {
					// Spring Boot's own way of taking a setting on the command line,
					// e.g. --samskapa.embedded-db.data-directory=/tmp/db; Boot reads
					// it, we only tell it from a mistyped option by its dot and value.
					if (inline == null || !name.substring(2).contains(".") || !name.startsWith("--")) {
						throw UsageException.option("importer.cli.error.unknown.option", arg);
					}
					springArguments.add(arg);
				}
			}
		}
		if (paths.isEmpty()) {
			throw UsageException.option("importer.cli.error.no.files");
		}
		if (group != null && group.isBlank()) {
			throw UsageException.option("importer.cli.error.missing.value", "--group");
		}
		return new ImportArguments(dryRun, json, year(year), group == null ? null : group.strip(), keepActionsOpen,
				paths, springArguments, false);
	}

	private static boolean flag(String arg, String inline) {
		if (inline != null) {
			throw UsageException.option("importer.cli.error.unknown.option", arg);
		}
		return true;
	}

	private static Integer year(String value) {
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value.strip());
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// told below, with the value as given
		}
		throw UsageException.option("importer.cli.error.year", value);
	}

}
