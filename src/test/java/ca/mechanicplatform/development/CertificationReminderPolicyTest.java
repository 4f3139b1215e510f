package ca.mechanicplatform.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.CertificationId;
import ca.mechanicplatform.mechanics.CertificationStatus;
import ca.mechanicplatform.mechanics.Credential;
import ca.mechanicplatform.mechanics.Trade;

import static org.assertj.core.api.Assertions.assertThat;

class CertificationReminderPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void theSixtyDayReminderIsDueFromSixtyDaysBeforeAndTheFourteenDayOneFromFourteenUntilTheLastValidDay() {
		assertThat(due(61)).isEmpty();
		assertThat(due(60)).hasValue(60);
		assertThat(due(15)).hasValue(60);
		assertThat(due(14)).hasValue(14);
		assertThat(due(0)).hasValue(14);
		assertThat(due(-1)).isEmpty();
	}

	@Test
	void aCertificateIsValidExpiresSoonOrExpired() {
		assertThat(CertificationReminderPolicy.status(TODAY.plusDays(61), TODAY)).isEqualTo(ExpiryStatus.VALID);
		assertThat(CertificationReminderPolicy.status(TODAY.plusDays(60), TODAY)).isEqualTo(ExpiryStatus.EXPIRES_SOON);
		assertThat(CertificationReminderPolicy.status(TODAY, TODAY)).isEqualTo(ExpiryStatus.EXPIRES_SOON);
		assertThat(CertificationReminderPolicy.status(TODAY.minusDays(1), TODAY)).isEqualTo(ExpiryStatus.EXPIRED);
		assertThat(new CertificationExpiry(certification(1, Credential.RED_SEAL, CertificationStatus.APPROVED, TODAY.plusDays(1)), 1,
				ExpiryStatus.EXPIRES_SOON, List.of()).label()).isEqualTo("Expires tomorrow");
	}

	@Test
	void anApprovedCertificateOfTheSameCredentialAndTradeThatExpiresLaterReplacesTheOlderOne() {
		Certification old = certification(1, Credential.RED_SEAL, CertificationStatus.APPROVED, TODAY.plusDays(20));
		Certification renewal = certification(2, Credential.RED_SEAL, CertificationStatus.PENDING, TODAY.plusDays(1000));
		Certification provincial = certification(3, Credential.PROVINCIAL, CertificationStatus.APPROVED, TODAY.plusDays(1000));
		assertThat(CertificationReminderPolicy.isReminded(old, List.of(old, renewal, provincial))).isTrue();
		Certification approvedRenewal = certification(2, Credential.RED_SEAL, CertificationStatus.APPROVED, TODAY.plusDays(1000));
		assertThat(CertificationReminderPolicy.isReminded(old, List.of(old, approvedRenewal))).isFalse();
		assertThat(CertificationReminderPolicy.isReminded(approvedRenewal, List.of(old, approvedRenewal))).isTrue();
		assertThat(CertificationReminderPolicy.isReminded(renewal, List.of(old, renewal))).isFalse();
	}

	@Test
	void thePlanShowsRemindersSentAndToComeButNotOneANearerReminderReplaced() {
		Certification c = certification(1, Credential.RED_SEAL, CertificationStatus.APPROVED, TODAY.plusDays(10));
		assertThat(CertificationReminderPolicy.plan(c, true, TODAY, Map.of())).containsExactly(new Reminder(14, TODAY, null));
		Instant sent = Instant.parse("2026-10-05T12:00:00Z");
		assertThat(CertificationReminderPolicy.plan(c, true, TODAY, Map.of(60, sent)))
			.containsExactly(new Reminder(60, TODAY.minusDays(50), sent), new Reminder(14, TODAY, null));
		Certification later = certification(2, Credential.RED_SEAL, CertificationStatus.APPROVED, TODAY.plusDays(100));
		assertThat(CertificationReminderPolicy.plan(later, true, TODAY, Map.of()))
			.containsExactly(new Reminder(60, TODAY.plusDays(40), null), new Reminder(14, TODAY.plusDays(86), null));
		assertThat(CertificationReminderPolicy.plan(later, false, TODAY, Map.of())).isEmpty();
	}

	private static OptionalInt due(int daysLeft) {
		return CertificationReminderPolicy.dueThreshold(TODAY.plusDays(daysLeft), TODAY);
	}

	private static Certification certification(long id, Credential credential, CertificationStatus status, LocalDate expiresOn) {
		boolean decided = status != CertificationStatus.PENDING;
		return new Certification(new CertificationId(id), new MechanicId(7), credential, Trade.AUTOMOTIVE_SERVICE_TECHNICIAN,
				"ON-310S-1", Province.ON, expiresOn, new DocumentId(1), status, Instant.EPOCH,
				decided ? Instant.EPOCH.plusSeconds(60) : null, decided ? new UserId(1) : null, null);
	}
}
