package ca.mechanicplatform.development;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.development.internal.CertificationReminderRows;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.notifications.Notifications;

/**
 * Sends the certification expiry reminders that are due (see {@link CertificationReminderPolicy}), in the app and by
 * e-mail. Each reminder is claimed by inserting its row in {@code certification_reminders} and notified in the same
 * transaction, so it is sent exactly once whatever the number of runs, instances or threads: a second claim finds the
 * row (or waits on it and then finds it) and sends nothing, and a notification that fails undoes its claim, so the next
 * run tries again. One certificate's failure does not stop the others.
 */
@Service
public class CertificationReminders {

	private static final Logger log = LoggerFactory.getLogger(CertificationReminders.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.CANADA);

	private final Mechanics mechanics;
	private final CertificationReminderRows reminders;
	private final Notifications notifications;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ZoneId zone;

	CertificationReminders(Mechanics mechanics, CertificationReminderRows reminders, Notifications notifications,
			TransactionTemplate transaction, Clock clock, @Value("${platform.accounting.time-zone:America/Toronto}") String zone) {
		this.mechanics = mechanics;
		this.reminders = reminders;
		this.notifications = notifications;
		this.transaction = transaction;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** Sends every reminder due today; returns how many this call sent. */
	public int sendDue() {
		return sendDue(LocalDate.now(clock.withZone(zone)));
	}

	/** Sends every reminder due on {@code today}; returns how many this call sent. */
	public int sendDue(LocalDate today) {
		int sent = 0;
		for (Certification certification : mechanics.approvedCertificationsExpiring(today,
				today.plusDays(CertificationReminderPolicy.HORIZON_DAYS))) {
			try {
				if (remind(certification, today)) {
					sent++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not send the expiry reminder of certification {}: {}", certification.id().value(), e.getMessage());
			}
		}
		return sent;
	}

	private boolean remind(Certification certification, LocalDate today) {
		OptionalInt threshold = CertificationReminderPolicy.dueThreshold(certification.expiresOn(), today);
		if (threshold.isEmpty()) {
			return false;
		}
		List<Certification> all = mechanics.certifications(certification.mechanicId());
		if (!CertificationReminderPolicy.isReminded(certification, all)) {
			return false;
		}
		return Boolean.TRUE.equals(transaction.execute(status -> {
			if (!reminders.claim(certification.id(), certification.expiresOn(), threshold.getAsInt(), certification.mechanicId(),
					clock.instant())) {
				return false;
			}
			long days = CertificationReminderPolicy.daysLeft(certification.expiresOn(), today);
			String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
			notifications.notify(mechanics.get(certification.mechanicId()).userId(), "Your trade certificate expires " + when,
					"Your " + certification.credential().label() + " for " + certification.trade().label() + " (number "
							+ certification.certificateNumber() + ") expires " + when + ", on " + DAY.format(certification.expiresOn())
							+ ". Renew it with your province or territory and upload the new certificate, so your verification "
							+ "and partnerships carry on without a gap.",
					"/mechanic/development");
			return true;
		}));
	}
}
