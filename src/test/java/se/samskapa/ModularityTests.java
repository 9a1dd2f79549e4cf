package se.samskapa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold (no module reaches into another's internals, no cycles), the
 * module documentation is generated into {@code target/spring-modulith-docs}, and the
 * module list the application reads at start-up is current.
 */
class ModularityTests {

	static final Path MODULE_METADATA = Path.of("src/main/resources/META-INF/spring-modulith/application-modules.json");

	private final ApplicationModules modules = ApplicationModules.of(SamskapaApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theBusinessModulesAreThere() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("directory", "groups",
				"meetings", "shared", "config", "demo", "lending", "notifications");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	/**
	 * Spring Modulith's runtime takes the modules (for the Flyway migrations per module)
	 * from this file when it exists; without it the start waits for ArchUnit to scan the
	 * class path, which took most of the start-up time. A new module must be in it, or
	 * its migrations would not run: copy the generated file over the old one.
	 */
	@Test
	void theModuleMetadataReadAtStartUpIsCurrent() throws IOException {
		String current = new ApplicationModulesExporter(modules).toJson();
		Path generated = Path.of("target/application-modules.json");
		Files.createDirectories(generated.getParent());
		Files.writeString(generated, current);
		assertThat(moduleNames(Files.readString(MODULE_METADATA)))
			.as("module names in %s; the current file is %s", MODULE_METADATA, generated)
			.isEqualTo(moduleNames(current));
	}

	private static Set<String> moduleNames(String json) {
		return new TreeSet<>(JsonMapper.shared().readTree(json).propertyNames());
	}

}
