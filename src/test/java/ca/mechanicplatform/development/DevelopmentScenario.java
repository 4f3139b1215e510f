package ca.mechanicplatform.development;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.CertificationId;
import ca.mechanicplatform.mechanics.CertificationSubmission;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.SampleFiles;

/** Mechanics with certificates expiring when a test needs them, and what they were sent. */
record DevelopmentScenario(Onboard onboard, Accounts accounts, Mechanics mechanics, MechanicOnboarding onboarding,
		MechanicVerification verification, JdbcClient jdbc) {

	record MechanicAccount(String email, String name, String token, MechanicId id, UserId userId) {
	}

	/** A mechanic on the virtual-only tier (so certificates can be submitted), nothing verified. */
	MechanicAccount mechanic(String who, String name) {
		var signedUp = onboard.signUp(who, name, "M6H 2N4");
		onboard.chooseVirtualOnly(signedUp);
		UserId user = accounts.findByEmail(signedUp.email()).orElseThrow().id();
		return new MechanicAccount(signedUp.email(), name, signedUp.token(), mechanics.mine(user).id(), user);
	}

	/** A certificate submitted by the mechanic and left waiting for verification. */
	CertificationId submitted(MechanicAccount mechanic, String credential, LocalDate expiresOn) {
		Certification certification = onboarding.submitCertification(mechanic.id(), new CertificationSubmission(credential,
				"AUTOMOTIVE_SERVICE_TECHNICIAN", "ON-" + Math.abs(System.nanoTime() % 1_000_000), "ON", expiresOn.toString()),
				Upload.of("certificate.pdf", SampleFiles.pdf()));
		return certification.id();
	}

	/** A Red Seal certificate expiring on the day given, approved by an operator. */
	CertificationId approved(MechanicAccount mechanic, LocalDate expiresOn) {
		return approved(mechanic, "RED_SEAL", expiresOn);
	}

	CertificationId approved(MechanicAccount mechanic, String credential, LocalDate expiresOn) {
		CertificationId id = submitted(mechanic, credential, expiresOn);
		verification.approve(id, accounts.findByEmail(Onboard.OPERATOR).orElseThrow().id());
		return id;
	}

	/** The subjects of the mechanic's in-app expiry reminders, oldest first. */
	List<String> reminders(MechanicAccount mechanic) {
		return jdbc.sql("SELECT subject FROM notifications WHERE recipient_user_id = ? AND subject LIKE '%certificate expires%' ORDER BY id")
			.param(mechanic.userId().value()).query(String.class).list();
	}

	/** The reminders recorded for the certificate, as "threshold/expiry date". */
	List<String> recorded(CertificationId certification) {
		return jdbc.sql("SELECT threshold_days, expires_on FROM certification_reminders WHERE certification_id = ? ORDER BY sent_at, threshold_days DESC")
			.param(certification.value()).query((rs, i) -> rs.getInt(1) + "/" + rs.getObject(2, LocalDate.class)).list();
	}
}
