package ca.mechanicplatform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlEnvironmentTest {

	@Test
	void aHostingStyleUrlBecomesJdbcSettingsWithItsCredentials() {
		var settings = DatabaseUrlEnvironment.datasource("postgres://app:s%40cret@db.internal:6543/platform?sslmode=require", null, null);
		assertThat(settings).containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6543/platform?sslmode=require")
			.containsEntry("spring.datasource.username", "app")
			.containsEntry("spring.datasource.password", "s@cret");
	}

	@Test
	void explicitUserAndPasswordWinOverTheUrlsAndThePortDefaultsTo5432() {
		var settings = DatabaseUrlEnvironment.datasource("postgresql://app:x@localhost/platform", "owner", "pw");
		assertThat(settings).containsEntry("spring.datasource.url", "jdbc:postgresql://localhost:5432/platform")
			.doesNotContainKeys("spring.datasource.username", "spring.datasource.password");
	}
}
