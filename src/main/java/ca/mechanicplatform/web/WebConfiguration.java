package ca.mechanicplatform.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The platform's clock; tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
