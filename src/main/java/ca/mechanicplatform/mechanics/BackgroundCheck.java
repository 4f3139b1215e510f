package ca.mechanicplatform.mechanics;

import java.time.Duration;
import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.UserId;

/**
 * A background check a mechanic consented to: who consented (the typed name) and when, which provider runs it, and
 * its result once recorded.
 */
public record BackgroundCheck(long id, MechanicId mechanicId, String consentName, Instant consentedAt, String provider,
		String providerReference, BackgroundCheckStatus status, Instant recordedAt, UserId recordedBy, String notes) {

	public boolean isPending() {
		return status == BackgroundCheckStatus.PENDING;
	}

	public boolean isClear() {
		return status == BackgroundCheckStatus.CLEAR;
	}

	/** How long from consent to result, or {@code null} while pending. */
	public Duration decisionTime() {
		return recordedAt == null ? null : Duration.between(consentedAt, recordedAt);
	}
}
