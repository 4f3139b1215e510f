package ca.mechanicplatform.development;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.CertificationStatus;

/**
 * When a certificate is reminded of its expiry. Approved certificates are reminded 60 and 14 days before they expire.
 * A reminder whose day has passed is still sent (a run missed during an outage is caught up), but only the nearest one:
 * a certificate 10 days from expiry gets the 14-day reminder, never a late 60-day one as well. An expired certificate is
 * not reminded, nor one the mechanic has already replaced by an approved certificate of the same credential and trade
 * that expires later.
 */
public final class CertificationReminderPolicy {

	/** Days before expiry, farthest first. */
	public static final List<Integer> THRESHOLDS = List.of(60, 14);

	/** How far ahead certificates are looked at. */
	public static final int HORIZON_DAYS = 60;

	private CertificationReminderPolicy() {
	}

	public static long daysLeft(LocalDate expiresOn, LocalDate today) {
		return ChronoUnit.DAYS.between(today, expiresOn);
	}

	public static ExpiryStatus status(LocalDate expiresOn, LocalDate today) {
		long days = daysLeft(expiresOn, today);
		return days < 0 ? ExpiryStatus.EXPIRED : days <= HORIZON_DAYS ? ExpiryStatus.EXPIRES_SOON : ExpiryStatus.VALID;
	}

	/** The reminder due on {@code today} for a certificate expiring on {@code expiresOn}: 60, 14, or none once expired or far off. */
	public static OptionalInt dueThreshold(LocalDate expiresOn, LocalDate today) {
		long days = daysLeft(expiresOn, today);
		for (int i = THRESHOLDS.size() - 1; i >= 0; i--) {
			if (days >= 0 && days <= THRESHOLDS.get(i)) {
				return OptionalInt.of(THRESHOLDS.get(i));
			}
		}
		return OptionalInt.empty();
	}

	/** Whether the mechanic has an approved certificate of the same credential and trade that expires later. */
	public static boolean isReplaced(Certification certification, List<Certification> mechanicsCertifications) {
		return mechanicsCertifications.stream()
			.anyMatch(other -> !other.id().equals(certification.id()) && other.status() == CertificationStatus.APPROVED
					&& other.credential() == certification.credential() && other.trade() == certification.trade()
					&& other.expiresOn().isAfter(certification.expiresOn()));
	}

	/** Whether the certificate is to be reminded at all (approved, not replaced). */
	public static boolean isReminded(Certification certification, List<Certification> mechanicsCertifications) {
		return certification.status() == CertificationStatus.APPROVED && !isReplaced(certification, mechanicsCertifications);
	}

	/**
	 * The reminders of the certificate's current expiry date: those sent (by threshold in {@code sent}), and those still
	 * to come; one whose day has passed unsent is due at the next run, unless a nearer one replaces it.
	 */
	public static List<Reminder> plan(Certification certification, boolean reminded, LocalDate today, Map<Integer, Instant> sent) {
		List<Reminder> plan = new ArrayList<>();
		LocalDate expiresOn = certification.expiresOn();
		OptionalInt due = dueThreshold(expiresOn, today);
		for (int threshold : THRESHOLDS) {
			LocalDate day = expiresOn.minusDays(threshold);
			if (sent.containsKey(threshold)) {
				plan.add(new Reminder(threshold, day, sent.get(threshold)));
			}
			else if (reminded && daysLeft(expiresOn, today) > threshold) {
				plan.add(new Reminder(threshold, day, null));
			}
			else if (reminded && due.isPresent() && due.getAsInt() == threshold) {
				plan.add(new Reminder(threshold, today, null));
			}
		}
		return plan;
	}
}
