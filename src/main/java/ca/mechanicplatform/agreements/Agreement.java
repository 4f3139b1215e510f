package ca.mechanicplatform.agreements;

import java.time.Instant;
import java.util.List;

import ca.mechanicplatform.kernel.UserId;

/** An agreement as its parties see it, with the signatures given so far. */
public record Agreement(AgreementId id, AgreementKind kind, String subjectRef, String title, Party first, Party second,
		String documentSha256, String signedDocumentSha256, AgreementStatus status, Instant createdAt,
		Instant completedAt, String voidReason, List<Signature> signatures) {

	/** One party's signature. */
	public record Signature(String role, UserId signer, String typedName, Instant signedAt, String ipAddress,
			String userAgent, String documentSha256) {
	}

	public boolean isParty(UserId user) {
		return first.userId().equals(user) || second.userId().equals(user);
	}

	/** The party whose signature is awaited now, if any. */
	public Party awaiting() {
		return switch (status) {
			case AWAITING_FIRST -> first;
			case AWAITING_SECOND -> second;
			default -> null;
		};
	}

	public boolean awaits(UserId user) {
		Party next = awaiting();
		return next != null && next.userId().equals(user);
	}
}
