package ca.mechanicplatform.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import ca.mechanicplatform.kernel.IsoTimes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** Beans every module shares. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The platform's clock; tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Instants in JSON as ISO-8601 UTC text ({@code 2026-12-02T14:30:00Z}), the same text as before, written without
	 * the JDK's general formatter: lists of bookings and requests carry several instants per row.
	 */
	@Bean
	JacksonModule isoInstants() {
		return new SimpleModule("iso-instants").addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
			@Override
			public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(IsoTimes.instant(value));
			}
		});
	}

	/**
	 * No rewriting of the links pages write. The WebJars locator turns on the resource chain, which would register a
	 * filter that looks every link of every page up among the static resources (the navigation's twenty links, each
	 * in four classpath locations, uncached when nothing is found: about 40 % of a page's processor time). The pages
	 * name WebJars without their version, which the resource handler resolves when the file is requested, and no
	 * content-hash versions are configured, so there is nothing for it to rewrite.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
