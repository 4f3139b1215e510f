package ca.mechanicplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ca.mechanicplatform.testing.PlatformTest;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON writes instants through the platform's ISO writer, as ISO-8601 UTC text. */
@PlatformTest
class JsonInstantTests {

	@Autowired
	JsonMapper json;

	@Test
	void instantsAreIsoTextInUtcWithTheFractionOnlyWhenThereIsOne() {
		assertThat(json.registeredModules()).extracting(JacksonModule::getRegistrationId).contains("iso-instants");
		assertThat(json.writeValueAsString(Map.of("at", Instant.parse("2026-03-08T07:00:00Z")))).isEqualTo("{\"at\":\"2026-03-08T07:00:00Z\"}");
		assertThat(json.writeValueAsString(Map.of("at", Instant.parse("2026-03-08T07:00:00.120Z")))).isEqualTo("{\"at\":\"2026-03-08T07:00:00.120Z\"}");
		assertThat(json.writeValueAsString(Map.of("at", Instant.parse("2026-03-08T07:00:00.000000001Z"))))
			.isEqualTo("{\"at\":\"2026-03-08T07:00:00.000000001Z\"}");
	}
}
