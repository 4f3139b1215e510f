package ca.mechanicplatform.consultations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.consultations.Consultations;

/**
 * Expires requests nobody accepted in time. Every instance runs it; the work is one idempotent UPDATE, so running it
 * on several instances at once is harmless.
 */
@Component
class ConsultationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ConsultationExpiry.class);

	private final Consultations consultations;

	ConsultationExpiry(Consultations consultations) {
		this.consultations = consultations;
	}

	@Scheduled(fixedDelayString = "${platform.consultations.expiry-poll-interval:30s}",
			initialDelayString = "${platform.consultations.expiry-poll-interval:30s}")
	void expireOverdue() {
		int expired = consultations.expireOverdue();
		if (expired > 0) {
			log.info("{} consultation request(s) expired without a mechanic", expired);
		}
	}
}
