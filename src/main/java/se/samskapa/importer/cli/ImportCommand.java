package se.samskapa.importer.cli;

import java.io.PrintStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;

/**
 * {@code java -jar samskapa.jar import [--dry-run] [--json] [--year YYYY] [--group NAME]
 * FILE...}: imports minutes from files and folders into the database the application
 * uses, without starting the web server. Exit codes: 0 all imported now or before (a dry
 * run: all readable minutes), 1 some not imported or waiting for review, 2 a mistake in
 * the command.
 */
public final class ImportCommand {

	/**
	 * The first argument that makes {@link SamskapaApplication#main} run this command.
	 */
	public static final String NAME = "import";

	static final int OK = 0;

	static final int NOT_ALL_IMPORTED = 1;

	static final int USAGE = 2;

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final PrintStream out;

	private final PrintStream err;

	private final ContextStarter starter;

	private final CliMessages messages = CliMessages.standalone();

	ImportCommand(PrintStream out, PrintStream err, ContextStarter starter) {
		this.out = out;
		this.err = err;
		this.starter = starter;
	}

	/**
	 * Runs the command and closes everything it started.
	 * @param application the application's configuration class, given by its {@code main}
	 * so that this module does not depend on the package above it
	 * @param args the arguments after {@code import}
	 * @param out where {@code --json} goes, and nothing else
	 * @param err progress, the summary, messages and logs
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return new ImportCommand(out, err, springArguments -> startSpring(application, springArguments)).execute(args);
	}

	int execute(String... args) {
		ImportArguments arguments;
		SourceFiles.Found found;
		try {
			arguments = ImportArguments.parse(args);
			if (arguments.help()) {
				this.out.println(this.messages.get("importer.cli.usage"));
				return OK;
			}
			found = SourceFiles.read(arguments.paths());
		}
		catch (UsageException ex) {
			return usage(ex);
		}
		found.skipped().forEach(name -> this.err.println(this.messages.get("importer.cli.skipped", name)));
		PrintStream stdout = System.out;
		// Spring Boot's logging and anything else that prints to System.out would mix
		// with the JSON; while the context runs, System.out is stderr.
		System.setOut(this.err);
		try (ConfigurableApplicationContext context = this.starter.start(arguments.springArguments())) {
			try {
				return new ImportRun(context, arguments, this.out, this.err).run(found.files());
			}
			finally {
				finishBackgroundWork(context);
			}
		}
		catch (UsageException ex) {
			return usage(ex);
		}
		catch (RuntimeException ex) {
			log.debug("The import failed", ex);
			this.err.println(this.messages.get("importer.cli.error.unexpected", reason(ex)));
			return NOT_ALL_IMPORTED;
		}
		finally {
			System.setOut(stdout);
		}
	}

	private int usage(UsageException ex) {
		this.err.println(this.messages.get(ex.key(), ex.arguments()));
		if (ex.showUsage()) {
			this.err.println();
			this.err.println(this.messages.get("importer.cli.usage"));
		}
		return USAGE;
	}

	/**
	 * Saving (and loading demo data) publishes events whose listeners, the search index
	 * above all, run after commit on Boot's task executor; closing the context could stop
	 * the database under them. Shutting that executor down first waits for them, as
	 * {@code spring.task.execution.shutdown} says (longer in
	 * {@code application-cli.properties}).
	 */
	private static void finishBackgroundWork(ApplicationContext context) {
		String name = TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME;
		if (context.containsBean(name) && context.getBean(name) instanceof ExecutorConfigurationSupport executor) {
			executor.shutdown();
		}
	}

	/** The innermost cause says most (a refused connection, a full disk), in one line. */
	private static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse("").strip();
	}

	/**
	 * The application without its web server, in the {@code cli} profile
	 * ({@code application-cli.properties}); {@code --name=value} arguments override it.
	 */
	private static ConfigurableApplicationContext startSpring(Class<?> configuration, List<String> springArguments) {
		SpringApplication application = new SpringApplication(configuration);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setAdditionalProfiles("cli");
		return application.run(springArguments.toArray(String[]::new));
	}

	/** Starts the context; tests use one that refuses, to prove it is not needed. */
	@FunctionalInterface
	interface ContextStarter {

		ConfigurableApplicationContext start(List<String> springArguments);

	}

}
