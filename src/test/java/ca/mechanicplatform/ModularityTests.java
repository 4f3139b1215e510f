package ca.mechanicplatform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules stay what docs/architecture.md says they are; their generated documentation lands in docs/modules. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MechanicPlatformApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirPublicApisAndWithoutCycles() {
		modules.verify();
	}

	@Test
	void everyBusinessPackageIsAModule() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("kernel", "geo", "accounts", "mechanics", "workshops", "web", "demo", "audit", "revenue", "statements");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}
}
