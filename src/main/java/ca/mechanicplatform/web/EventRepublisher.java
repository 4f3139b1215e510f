package ca.mechanicplatform.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Module events survive a crashed instance: every reaction to an event (a client's visit recorded after a completed
 * consultation, a partnership activated after both signatures) is written to the event publication registry in the
 * same transaction as the change that published it, and marked complete when the reaction has committed. An instance
 * killed between the two leaves the publication incomplete. Besides the republication when an instance starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), this job — one instance at a time, under a
 * ShedLock lock — republishes every publication still incomplete after {@code platform.events.republish-after}
 * (5 minutes by default, far longer than any reaction takes), every {@code platform.events.republish-interval}.
 * Reactions are written so that receiving an event twice changes nothing the second time.
 */
@Component
class EventRepublisher {

	private static final Logger log = LoggerFactory.getLogger(EventRepublisher.class);

	private final IncompleteEventPublications incomplete;
	private final Duration after;

	EventRepublisher(IncompleteEventPublications incomplete, @Value("${platform.events.republish-after:PT5M}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${platform.events.republish-interval:PT1M}", initialDelayString = "${platform.events.republish-interval:PT1M}")
	@SchedulerLock(name = "event-republication", lockAtMostFor = "PT10M")
	void republish() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(after);
		}
		catch (RuntimeException e) {
			log.warn("Incomplete event publications could not be republished now: {}", e.getMessage());
		}
	}
}
