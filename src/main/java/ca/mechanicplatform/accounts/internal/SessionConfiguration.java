package ca.mechanicplatform.accounts.internal;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Page sessions are stored in the {@code spring_session} tables, so any instance behind the load balancer can serve a
 * signed-in person and a restart signs nobody out. Sessions expire after 8 hours without a request; each instance
 * deletes expired sessions every minute (an idempotent DELETE, safe to run on several instances).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60, cleanupCron = "0 * * * * *")
class SessionConfiguration {

	/**
	 * The session repository starts its cleanup schedule as soon as it is created; it waits for the schema migration
	 * so that a first start on a new database does not delete from a table that does not exist yet.
	 */
	@Bean
	static BeanFactoryPostProcessor sessionRepositoryAfterMigration() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition("sessionRepository") && beanFactory.containsBeanDefinition("flywayInitializer")) {
				BeanDefinition repository = beanFactory.getBeanDefinition("sessionRepository");
				String[] before = repository.getDependsOn();
				String[] after = before == null ? new String[] { "flywayInitializer" }
						: java.util.stream.Stream.concat(java.util.Arrays.stream(before), java.util.stream.Stream.of("flywayInitializer"))
							.toArray(String[]::new);
				repository.setDependsOn(after);
			}
		};
	}

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}
}
