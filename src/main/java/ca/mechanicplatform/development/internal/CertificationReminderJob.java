package ca.mechanicplatform.development.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.development.CertificationReminders;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the due certification expiry reminders every day (08:00 in the platform's time zone by default,
 * {@code platform.development.certificate-reminders-schedule}) under a ShedLock lock, so one instance runs it however
 * many fire. The reminders' own unique key makes a second run, or a run on another instance, send nothing twice; a day
 * missed is caught up by the next run.
 */
@Component
public class CertificationReminderJob {

	private static final Logger log = LoggerFactory.getLogger(CertificationReminderJob.class);

	private final CertificationReminders reminders;

	CertificationReminderJob(CertificationReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${platform.development.certificate-reminders-schedule:0 0 8 * * *}", zone = "${platform.accounting.time-zone:America/Toronto}")
	@SchedulerLock(name = "certification-expiry-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
	public void daily() {
		int sent = reminders.sendDue();
		log.info("Certification expiry reminders: {} sent", sent);
	}
}
