package ca.mechanicplatform.mechanics.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ca.mechanicplatform.documents.StoredDocument;
import ca.mechanicplatform.mechanics.BackgroundCheck;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.InsurancePolicy;
import ca.mechanicplatform.mechanics.MissingItem;
import ca.mechanicplatform.mechanics.PayoutAccount;
import ca.mechanicplatform.mechanics.ProfileCompletion;

/** The JSON shapes the mechanic and verification APIs share. */
final class Representations {

	private Representations() {
	}

	record DocumentView(long id, String name, String contentType, long sizeBytes, String sha256, String url) {

		static DocumentView of(StoredDocument d) {
			return new DocumentView(d.id().value(), d.originalName(), d.type().contentType(), d.sizeBytes(), d.sha256(),
					"/api/documents/" + d.id().value());
		}
	}

	record CertificationView(long id, String credential, String trade, String certificateNumber, String issuingProvince,
			LocalDate expiresOn, String status, Instant submittedAt, Instant decidedAt, Long decisionMinutes,
			String rejectionReason, DocumentView document) {

		static CertificationView of(Certification c, StoredDocument document) {
			return new CertificationView(c.id().value(), c.credential().name(), c.trade().name(), c.certificateNumber(),
					c.issuingProvince().name(), c.expiresOn(), c.status().name(), c.submittedAt(), c.decidedAt(),
					c.decisionTime() == null ? null : c.decisionTime().toMinutes(), c.rejectionReason(),
					DocumentView.of(document));
		}
	}

	record BackgroundCheckView(long id, String status, String provider, String providerReference, Instant consentedAt,
			Instant recordedAt, String notes) {

		static BackgroundCheckView of(BackgroundCheck c) {
			return c == null ? null : new BackgroundCheckView(c.id(), c.status().name(), c.provider(), c.providerReference(),
					c.consentedAt(), c.recordedAt(), c.status() == ca.mechanicplatform.mechanics.BackgroundCheckStatus.NOT_CLEAR ? c.notes() : null);
		}
	}

	record PayoutView(String accountHolder, String institutionNumber, String transitNumber, String accountNumber,
			Instant updatedAt) {

		static PayoutView of(PayoutAccount p) {
			return p == null ? null : new PayoutView(p.accountHolder(), p.institutionNumber(), p.transitNumber(),
					p.maskedAccountNumber(), p.updatedAt());
		}
	}

	record InsuranceView(long id, String insurer, String policyNumber, long liabilityCoverageCents, LocalDate expiresOn,
			Instant submittedAt, DocumentView document) {

		static InsuranceView of(InsurancePolicy p, StoredDocument document) {
			return new InsuranceView(p.id(), p.insurer(), p.policyNumber(), p.liabilityCoverage().cents(), p.expiresOn(),
					p.submittedAt(), DocumentView.of(document));
		}
	}

	record CompletionView(int percent, List<MissingItem> missing) {

		static CompletionView of(ProfileCompletion c) {
			return new CompletionView(c.percent(), c.missing());
		}
	}
}
