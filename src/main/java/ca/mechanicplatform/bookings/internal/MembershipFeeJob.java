package ca.mechanicplatform.bookings.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.partnerships.PartnershipActivated;
import ca.mechanicplatform.partnerships.Partnerships;
import ca.mechanicplatform.partnerships.ProgramType;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Revenue;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Charges every ACTIVE membership its monthly fee, once per month: revenue's key for a membership fee is the workshop,
 * the mechanic and the month, so charging again charges nothing more. The job runs every day (03:30 in the accounting
 * time zone by default) under a ShedLock lock, so one instance runs it however many fire, and a day missed (an outage, a
 * partnership activated after the 1st) is caught up the next day. A partnership is also charged as soon as it becomes
 * active, the first month prorated by day from the day it started.
 */
@Component
public class MembershipFeeJob {

	private static final Logger log = LoggerFactory.getLogger(MembershipFeeJob.class);

	private final Partnerships partnerships;
	private final Revenue revenue;
	private final AccountingCalendar calendar;

	MembershipFeeJob(Partnerships partnerships, Revenue revenue, AccountingCalendar calendar) {
		this.partnerships = partnerships;
		this.revenue = revenue;
		this.calendar = calendar;
	}

	@Scheduled(cron = "${platform.bookings.membership-fees-schedule:0 30 3 * * *}", zone = "${platform.accounting.time-zone:America/Toronto}")
	@SchedulerLock(name = "membership-fees", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
	public void daily() {
		int charged = charge(calendar.currentMonth());
		log.info("Membership fees for {}: {} newly charged", calendar.currentMonth(), charged);
	}

	/** Charges the month to every active membership not charged for it yet; returns how many were newly charged. */
	public int charge(YearMonth month) {
		int charged = 0;
		for (Partnership p : partnerships.activeMemberships()) {
			try {
				if (chargeOne(p, month)) {
					charged++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not charge the membership fee of partnership {} for {}: {}", p.id(), month, e.getMessage());
			}
		}
		return charged;
	}

	@ApplicationModuleListener
	void on(PartnershipActivated activated) {
		if (activated.type() != ProgramType.MEMBERSHIP) {
			return;
		}
		chargeOne(partnerships.get(activated.partnershipId()), calendar.currentMonth());
	}

	private boolean chargeOne(Partnership p, YearMonth month) {
		if (!p.isActive() || p.monthlyFee() == null || !p.monthlyFee().isPositive() || p.activatedAt() == null) {
			return false;
		}
		LocalDate starts = calendar.dateOf(p.activatedAt());
		if (starts.isAfter(month.atEndOfMonth())) {
			return false;
		}
		return !revenue.chargeMembershipFee(p.workshopId(), p.mechanicId(), month, p.monthlyFee(), starts).alreadyRecorded();
	}
}
