package ca.mechanicplatform.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import ca.mechanicplatform.accounts.ApiTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's one security configuration. The JSON API under {@code /api/**} is stateless: bearer tokens,
 * no session, no CSRF, and 401/403 as problem details. Pages use the session with CSRF protection and redirect to
 * the log-in page. Role areas are fixed by URL: {@code /mechanic}, {@code /workshop}, {@code /customer},
 * {@code /admin}, each also under {@code /api}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/**
	 * No observation (timer, trace span) per security filter, authentication and authorization decision: each request
	 * is already observed once as a whole ({@code http.server.requests}), and wrapping every one of the chain's filters
	 * in its own observation cost about a tenth of an API request's processor time.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm's id stored beside each hash so it can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(PlatformUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		var passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
		var problems = new ProblemResponses(json);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/password-reset", "/api/auth/password-reset/confirm").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/signup/**").permitAll()
				.requestMatchers("/api/public/**").permitAll()
				.requestMatchers("/api/mechanic/**").hasRole("MECHANIC")
				.requestMatchers("/api/workshop/**").hasRole("WORKSHOP_ADMIN")
				.requestMatchers("/api/customer/**").hasRole("CUSTOMER")
				.requestMatchers("/api/admin/**").hasRole("PLATFORM_ADMIN")
				.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenAuthenticationFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/login", "/signup", "/signup/**", "/password/**", "/error", "/error/**", "/about/**").permitAll()
				.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
				.requestMatchers("/mechanic/public/**").permitAll()
				// Calendar apps fetch bay-booking feeds without signing in; the unguessable token in the address is the secret.
				.requestMatchers(HttpMethod.GET, "/calendar-feeds/*.ics").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/mechanic/**").hasRole("MECHANIC")
				.requestMatchers("/workshop/**").hasRole("WORKSHOP_ADMIN")
				.requestMatchers("/customer/**").hasRole("CUSTOMER")
				.requestMatchers("/admin/**", "/actuator/**").hasRole("PLATFORM_ADMIN")
				.anyRequest().authenticated())
			.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login").usernameParameter("email").passwordParameter("password")
				.defaultSuccessUrl("/dashboard").failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").deleteCookies("SESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				// Same-origin framing only: agreement PDFs are shown inside the signing page.
				.frameOptions(frame -> frame.sameOrigin())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), microphone=(self), geolocation=()")));
		return http.build();
	}
}
