package ca.mechanicplatform.accounts.internal;

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
