package ca.mechanicplatform.agreements;

import java.time.Instant;

/** One line of an agreement's audit trail. */
public record AuditEntry(Instant at, String actor, String action, String ipAddress, String userAgent, String detail) {
}
