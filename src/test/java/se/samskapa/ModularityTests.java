package se.samskapa;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold (no module reaches into another's internals, no cycles), and
 * the module documentation is generated into {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SamskapaApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theBusinessModulesAreThere() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("directory", "groups",
				"meetings", "shared", "config", "demo", "lending");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
