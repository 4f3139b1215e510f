package ca.mechanicplatform.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.accounts.Accounts;

/**
 * Creates the operator account named by {@code platform.admin.email} and {@code platform.admin.password}
 * (environment {@code PLATFORM_ADMIN_EMAIL}, {@code PLATFORM_ADMIN_PASSWORD}) at start-up. Operators are never
 * created by sign-up.
 */
@Component
@Order(0)
class PlatformAdminInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformAdminInitializer.class);

	private final Accounts accounts;
	private final String email;
	private final String password;

	PlatformAdminInitializer(Accounts accounts, @Value("${platform.admin.email:}") String email,
			@Value("${platform.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank()) {
			return;
		}
		if (password.length() < 10) {
			throw new IllegalStateException("platform.admin.password must have at least 10 characters");
		}
		accounts.ensurePlatformAdmin(email, password, "Platform operator");
		log.info("Platform operator account {} is present", Accounts.normaliseEmail(email));
	}
}
