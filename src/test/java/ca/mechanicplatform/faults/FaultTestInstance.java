package ca.mechanicplatform.faults;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;

import ca.mechanicplatform.MechanicPlatformApplication;

/**
 * The platform's main class as a fault-test instance runs it. With the system property {@code fault.clock-offset}
 * (an ISO-8601 duration) the instance's clock runs that far ahead, so it can issue the statements of the month the
 * other instances are still in.
 */
public final class FaultTestInstance {

	private FaultTestInstance() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(MechanicPlatformApplication.class);
		String offset = System.getProperty("fault.clock-offset");
		if (offset != null && !offset.isBlank()) {
			Clock shifted = Clock.offset(Clock.systemUTC(), Duration.parse(offset));
			application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("shiftedClock", Clock.class,
					() -> shifted, definition -> definition.setPrimary(true)));
		}
		application.run(args);
	}
}
