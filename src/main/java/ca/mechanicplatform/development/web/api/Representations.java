package ca.mechanicplatform.development.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ca.mechanicplatform.development.CertificationExpiry;
import ca.mechanicplatform.development.DevelopmentOverview;
import ca.mechanicplatform.development.Reminder;
import ca.mechanicplatform.development.TrainingEntry;
import ca.mechanicplatform.development.YearlyHours;

/** What the professional development API returns. Hours are decimals with two places. */
final class Representations {

	private Representations() {
	}

	record TrainingView(long id, String title, String provider, LocalDate completedOn, BigDecimal hours, String category,
			String categoryLabel, String note, String documentUrl, Instant createdAt, Instant updatedAt) {

		static TrainingView of(TrainingEntry t) {
			return new TrainingView(t.id(), t.title(), t.provider(), t.completedOn(), t.hours(), t.category().name(),
					t.category().label(), t.note(), t.documentUrl(), t.createdAt(), t.updatedAt());
		}
	}

	record YearView(int year, BigDecimal hours, int trainings) {

		static YearView of(YearlyHours y) {
			return new YearView(y.year(), y.hours(), y.trainings());
		}
	}

	record ReminderView(int thresholdDays, LocalDate dueOn, boolean sent, Instant sentAt) {

		static ReminderView of(Reminder r) {
			return new ReminderView(r.thresholdDays(), r.dueOn(), r.isSent(), r.sentAt());
		}
	}

	record CertificationView(long id, String credential, String trade, String certificateNumber, String issuingProvince,
			LocalDate expiresOn, String verificationStatus, String expiryStatus, long daysLeft, String label,
			List<ReminderView> reminders) {

		static CertificationView of(CertificationExpiry e) {
			var c = e.certification();
			return new CertificationView(c.id().value(), c.credential().name(), c.trade().name(), c.certificateNumber(),
					c.issuingProvince().name(), c.expiresOn(), c.status().name(), e.status().name(), e.daysLeft(), e.label(),
					e.reminders().stream().map(ReminderView::of).toList());
		}
	}

	record DevelopmentView(LocalDate today, List<CertificationView> certifications, List<YearView> hoursPerYear,
			BigDecimal totalHours) {

		static DevelopmentView of(DevelopmentOverview o) {
			return new DevelopmentView(o.today(), o.certifications().stream().map(CertificationView::of).toList(),
					o.hoursPerYear().stream().map(YearView::of).toList(), o.totalHours());
		}
	}
}
