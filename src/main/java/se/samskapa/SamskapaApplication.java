package se.samskapa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Samskapa: the platform where a city's administrations and the user organisations run
 * their joint development work.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SamskapaApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamskapaApplication.class, args);
	}

}
