package ca.mechanicplatform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Independent Mechanic Platform: one modular application whose business modules are the top-level
 * packages beside this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Independent Mechanic Platform", sharedModules = "kernel")
public class MechanicPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(MechanicPlatformApplication.class, args);
	}
}
