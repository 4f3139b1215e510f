package ca.mechanicplatform.consultations.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import ca.mechanicplatform.consultations.Consultations;

/**
 * Server-sent events telling the mechanics' feed pages open on this instance that the open requests changed. Each
 * instance polls the database every two seconds (only while someone is listening), so a request made through any
 * instance reaches every mechanic within about two seconds; the page then reloads its feed fragment, which applies
 * the non-compete filter for that mechanic.
 */
@Component
class FeedStream {

	private static final long TIMEOUT = Duration.ofMinutes(10).toMillis();

	private final Consultations consultations;
	private final Set<SseEmitter> listeners = ConcurrentHashMap.newKeySet();
	private volatile String lastSignature;

	FeedStream(Consultations consultations) {
		this.consultations = consultations;
	}

	SseEmitter open() {
		SseEmitter emitter = new SseEmitter(TIMEOUT);
		listeners.add(emitter);
		emitter.onCompletion(() -> listeners.remove(emitter));
		emitter.onTimeout(() -> listeners.remove(emitter));
		emitter.onError(error -> listeners.remove(emitter));
		try {
			emitter.send(SseEmitter.event().comment("listening"));
		}
		catch (IOException e) {
			listeners.remove(emitter);
		}
		return emitter;
	}

	@Scheduled(fixedDelayString = "${platform.consultations.feed-poll-interval:2s}")
	void poll() {
		if (listeners.isEmpty()) {
			lastSignature = null;
			return;
		}
		String signature = consultations.openRequestsSignature();
		if (!signature.equals(lastSignature)) {
			lastSignature = signature;
			for (SseEmitter emitter : listeners) {
				try {
					emitter.send(SseEmitter.event().name("requests").data(signature));
				}
				catch (IOException | IllegalStateException gone) {
					listeners.remove(emitter);
				}
			}
		}
	}
}
