package ca.mechanicplatform.accounts.internal;

import org.springframework.security.core.AuthenticationException;

/** Refuses a log-in attempt before the password is even checked, because too many attempts failed recently. */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException(String message) {
		super(message);
	}
}
