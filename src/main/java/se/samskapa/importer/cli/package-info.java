/**
 * The command-line importer: {@code java -jar samskapa.jar import [--dry-run] [--json]
 * [--year YYYY] [--group NAME] FILE...}. It reads the files before Spring starts, so that
 * a mistake in the command costs no start-up, then runs the importer in a context of its
 * own without a web server and writes nothing but {@code --json} to stdout. Exposed so
 * that the application's {@code main} can hand the command line over.
 */
@org.springframework.modulith.NamedInterface("cli")
package se.samskapa.importer.cli;
