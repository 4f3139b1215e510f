package ca.mechanicplatform.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in right after sign-up, with the same checks and session-fixation protection as the log-in form. */
@Component
public class SignIn {

	private final AuthenticationManager authentication;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

	SignIn(AuthenticationManager authentication) {
		this.authentication = authentication;
	}

	public void signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
		attempt.setDetails(new WebAuthenticationDetails(request));
		Authentication signedIn = authentication.authenticate(attempt);
		fixation.onAuthentication(signedIn, request, response);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** Checks e-mail and password (throttled like the log-in form) without creating a session. */
	public PlatformUser verify(String email, String password, HttpServletRequest request) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email == null ? "" : email, password == null ? "" : password);
		attempt.setDetails(new WebAuthenticationDetails(request));
		return (PlatformUser) authentication.authenticate(attempt).getPrincipal();
	}
}
