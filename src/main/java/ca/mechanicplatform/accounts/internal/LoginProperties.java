package ca.mechanicplatform.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Log-in throttling: at most {@code maxFailuresPerAccount} failed attempts for one e-mail address and
 * {@code maxFailuresPerAddress} from one client address within {@code window}.
 */
@ConfigurationProperties("platform.login")
public record LoginProperties(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {
}
