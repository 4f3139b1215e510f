package ca.mechanicplatform.mechanics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCompletionPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
	static final MechanicId ID = MechanicId.of(7);

	@Test
	void aNewMechanicHasNothingDoneAndEveryItemToDo() {
		var completion = ProfileCompletionPolicy.of(mechanic(null), noDetails(), List.of(), Optional.empty(), Optional.empty(),
				Optional.empty(), false, TODAY);
		assertThat(completion.percent()).isZero();
		assertThat(completion.missing()).hasSize(12);
		assertThat(completion.missing().get(0).code()).isEqualTo("service-tier");
	}

	@Test
	void aVirtualOnlyMechanicWithEverythingVerifiedIsComplete() {
		var completion = ProfileCompletionPolicy.of(mechanic(ServiceTier.VIRTUAL_ONLY), details(),
				List.of(certification(CertificationStatus.APPROVED, TODAY.plusYears(1))), Optional.of(check(BackgroundCheckStatus.CLEAR)),
				Optional.of(payout()), Optional.empty(), true, TODAY);
		assertThat(completion.percent()).isEqualTo(100);
		assertThat(completion.isComplete()).isTrue();
	}

	@Test
	void waitingForTheOperatorLeavesOnlyTheVerificationItemsAndRoundsDown() {
		var completion = ProfileCompletionPolicy.of(mechanic(ServiceTier.VIRTUAL_ONLY), details(),
				List.of(certification(CertificationStatus.PENDING, TODAY.plusYears(1))), Optional.of(check(BackgroundCheckStatus.PENDING)),
				Optional.of(payout()), Optional.empty(), true, TODAY);
		assertThat(completion.missing()).extracting(MissingItem::code).containsExactly("certification-verified", "background-check-clear");
		assertThat(completion.percent()).as("10 of 12 is 83.3%").isEqualTo(83);
	}

	@Test
	void anExpiredOrRejectedCertificateCountsAsNoCertificate() {
		var expired = ProfileCompletionPolicy.of(mechanic(ServiceTier.VIRTUAL_ONLY), details(),
				List.of(certification(CertificationStatus.APPROVED, TODAY.minusDays(1)), certification(CertificationStatus.REJECTED,
						TODAY.plusYears(1))),
				Optional.of(check(BackgroundCheckStatus.CLEAR)), Optional.of(payout()), Optional.empty(), true, TODAY);
		assertThat(expired.isMissing("certification")).isTrue();
		assertThat(expired.isMissing("certification-verified")).isTrue();
	}

	@Test
	void aWorkshopPartnerAlsoNeedsValidInsurance() {
		var uninsured = ProfileCompletionPolicy.of(mechanic(ServiceTier.WORKSHOP_PARTNER), details(),
				List.of(certification(CertificationStatus.APPROVED, TODAY.plusYears(1))), Optional.of(check(BackgroundCheckStatus.CLEAR)),
				Optional.of(payout()), Optional.of(insurance(TODAY.minusDays(1))), true, TODAY);
		assertThat(uninsured.missing()).extracting(MissingItem::code).containsExactly("insurance");
		assertThat(uninsured.percent()).isEqualTo(92);
		var insured = ProfileCompletionPolicy.of(mechanic(ServiceTier.WORKSHOP_PARTNER), details(),
				List.of(certification(CertificationStatus.APPROVED, TODAY.plusYears(1))), Optional.of(check(BackgroundCheckStatus.CLEAR)),
				Optional.of(payout()), Optional.of(insurance(TODAY)), true, TODAY);
		assertThat(insured.isComplete()).as("insurance expiring today still covers today").isTrue();
	}

	@Test
	void theOnboardingStepsFollowTheCompletionItems() {
		var completion = ProfileCompletionPolicy.of(mechanic(ServiceTier.VIRTUAL_ONLY), details(), List.of(), Optional.empty(),
				Optional.of(payout()), Optional.empty(), false, TODAY);
		var onboarding = new Onboarding(mechanic(ServiceTier.VIRTUAL_ONLY), details(), List.of(), null, payout(), null, null, null,
				completion, List.of(), false, false);
		assertThat(onboarding.isDone(OnboardingStep.PROFILE)).isTrue();
		assertThat(onboarding.isDone(OnboardingStep.PAYOUT)).isTrue();
		assertThat(onboarding.nextStep()).isEqualTo(OnboardingStep.CERTIFICATION);
		assertThat(onboarding.stepsToDo()).containsExactly(OnboardingStep.CERTIFICATION, OnboardingStep.BACKGROUND_CHECK);
	}

	@Test
	void anAccountNumberIsShownWithItsLastThreeDigitsOnly() {
		assertThat(PayoutAccount.mask("9876543210")).isEqualTo("••••210");
	}

	static Mechanic mechanic(ServiceTier tier) {
		return new Mechanic(ID, UserId.of(3), "Alex Moreau", "alex@example.ca", tier, MechanicType.INDEPENDENT, null,
				PostalCode.parse("M6H 2N4"), Province.ON, false, false, false, OffShiftMode.LOCAL_EXCLUSION, 50, 0, Instant.EPOCH);
	}

	static ProfileDetails noDetails() {
		return new ProfileDetails(null, null, List.of(), List.of(), List.of());
	}

	static ProfileDetails details() {
		return new ProfileDetails("Licensed technician with a soft spot for old Hondas.", 12, List.of("Brakes"), List.of("Honda"),
				List.of("English"));
	}

	static Certification certification(CertificationStatus status, LocalDate expiresOn) {
		boolean decided = status != CertificationStatus.PENDING;
		return new Certification(new CertificationId(1), ID, Credential.RED_SEAL, Trade.AUTOMOTIVE_SERVICE_TECHNICIAN, "ON-1",
				Province.ON, expiresOn, DocumentId.of(1), status, Instant.EPOCH, decided ? Instant.EPOCH.plusSeconds(3600) : null,
				decided ? UserId.of(1) : null, status == CertificationStatus.REJECTED ? "Unreadable" : null);
	}

	static BackgroundCheck check(BackgroundCheckStatus status) {
		return new BackgroundCheck(1, ID, "Alex Moreau", Instant.EPOCH, "manual", null, status,
				status == BackgroundCheckStatus.PENDING ? null : Instant.EPOCH.plusSeconds(60), null, null);
	}

	static PayoutAccount payout() {
		return new PayoutAccount("Alex Moreau", "004", "12345", "••••210", Instant.EPOCH);
	}

	static InsurancePolicy insurance(LocalDate expiresOn) {
		return new InsurancePolicy(1, ID, "Intact", "CGL-1", Money.ofCents(200_000_000), expiresOn, DocumentId.of(2), Instant.EPOCH);
	}
}
