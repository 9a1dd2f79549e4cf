package se.samskapa;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.samskapa.importer.cli.ImportCommand;

/**
 * Samskapa: the platform where a city's administrations and the user organisations run
 * their joint development work.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SamskapaApplication {

	/**
	 * {@code import ...} runs the command-line importer instead of the web application.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
			System.exit(ImportCommand.run(SamskapaApplication.class, Arrays.copyOfRange(args, 1, args.length),
					System.out, System.err));
		}
		SpringApplication.run(SamskapaApplication.class, args);
	}

}
