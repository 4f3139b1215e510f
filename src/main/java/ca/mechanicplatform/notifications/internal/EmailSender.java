package ca.mechanicplatform.notifications.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due e-mails from the outbox every few seconds. With {@code spring.mail.host} set, through that SMTP server;
 * without it (the zero-setup default) each e-mail is written to the log instead and counted as sent.
 */
@Component
public class EmailSender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
	private static final Duration LEASE = Duration.ofMinutes(2);

	private final EmailOutbox outbox;
	private final MailTransport transport;
	private final Clock clock;
	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

	EmailSender(EmailOutbox outbox, ObjectProvider<JavaMailSender> smtp, Clock clock,
			@Value("${platform.mail.from:no-reply@mechanic-platform.local}") String from) {
		this.outbox = outbox;
		this.clock = clock;
		JavaMailSender sender = smtp.getIfAvailable();
		this.transport = sender == null ? new LogTransport() : new SmtpTransport(sender, from);
	}

	/** Sends every due message this instance can claim; returns how many were sent. */
	@Scheduled(fixedDelayString = "${platform.mail.poll-interval:5s}", initialDelayString = "${platform.mail.poll-interval:5s}")
	public int sendDue() {
		String claimant = instance + "/" + UUID.randomUUID();
		int sent = 0;
		for (var email : outbox.claimDue(claimant, clock.instant(), LEASE, 50)) {
			try {
				transport.send(email.recipient(), email.subject(), email.body());
				outbox.markSent(email.id(), clock.instant());
				sent++;
			}
			catch (Exception e) {
				log.warn("E-mail {} to {} not sent (attempt {}): {}", email.id(), email.recipient(), email.attempts() + 1, e.getMessage());
				outbox.markAttemptFailed(email, e.getMessage(), clock.instant());
			}
		}
		return sent;
	}

	public String describeTransport() {
		return transport.describe();
	}

	private record SmtpTransport(JavaMailSender sender, String from) implements MailTransport {

		@Override
		public void send(String recipient, String subject, String body) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(recipient);
			message.setSubject(subject);
			message.setText(body);
			sender.send(message);
		}

		@Override
		public String describe() {
			return "SMTP";
		}
	}

	private static final class LogTransport implements MailTransport {

		@Override
		public void send(String recipient, String subject, String body) {
			log.info("E-mail (no SMTP server configured) to {}: {}\n{}", recipient, subject, body);
		}

		@Override
		public String describe() {
			return "log only (set SMTP_HOST to send real e-mail)";
		}
	}
}
