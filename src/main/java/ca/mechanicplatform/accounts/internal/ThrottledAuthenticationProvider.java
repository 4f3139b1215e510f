package ca.mechanicplatform.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import ca.mechanicplatform.accounts.Accounts;

/**
 * Checks e-mail and password through the wrapped provider, refusing attempts for an account or from an address
 * that failed too often within the throttle window. Used by the log-in form and by {@code POST /api/auth/token}.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String email = Accounts.normaliseEmail(attempt.getName());
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "unknown";
		if (throttle.isThrottled(email, address)) {
			throw new LoginThrottledException("Too many failed log-ins. Wait " + throttle.window().toMinutes()
					+ " minutes and try again, or reset your password.");
		}
		try {
			return passwords.authenticate(attempt);
		}
		catch (BadCredentialsException e) {
			throttle.recordFailure(email, address);
			throw new BadCredentialsException("Wrong e-mail address or password");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
