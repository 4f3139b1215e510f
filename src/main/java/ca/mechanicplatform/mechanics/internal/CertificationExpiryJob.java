package ca.mechanicplatform.mechanics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.mechanics.MechanicVerification;

/**
 * Once an hour, withdraws verification from mechanics whose certificates have expired, so {@code mechanics.verified}
 * stays true only while a certificate is. Every instance may run it: it only recomputes the flag.
 */
@Component
class CertificationExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(CertificationExpiryJob.class);

	private final MechanicVerification verification;

	CertificationExpiryJob(MechanicVerification verification) {
		this.verification = verification;
	}

	@Scheduled(cron = "${platform.verification.expiry-cron:0 7 * * * *}")
	void expire() {
		int expired = verification.expireCertifications();
		if (expired > 0) {
			log.info("{} mechanic(s) lost verification because their certificates expired", expired);
		}
	}
}
