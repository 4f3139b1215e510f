package ca.mechanicplatform.consultations;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicType;
import ca.mechanicplatform.mechanics.OffShiftMode;
import ca.mechanicplatform.workshops.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

class NonCompetePolicyTest {

	private static final WorkshopId WORKSHOP = new WorkshopId(7);

	@Test
	void anAvailableVerifiedIndependentMechanicSeesEverythingAsIndependent() {
		var access = NonCompetePolicy.accessOf(independent(true, true), null);
		assertThat(access.scope()).isEqualTo(FeedAccess.Scope.ALL);
		assertThat(access.mode()).isEqualTo(RevenueMode.VIRTUAL_INDEPENDENT);
	}

	@Test
	void anUnverifiedOrUnavailableMechanicSeesNothing() {
		assertThat(NonCompetePolicy.accessOf(independent(false, true), null).canTake()).isFalse();
		assertThat(NonCompetePolicy.accessOf(independent(true, false), null).reason()).contains("not available");
	}

	@Test
	void aWorkshopEmployeeOnShiftSeesEverythingEvenWhenNotMarkedAvailable() {
		var access = NonCompetePolicy.accessOf(employee(true, false, OffShiftMode.BLOCKED), workshop(false));
		assertThat(access.scope()).isEqualTo(FeedAccess.Scope.ALL);
		assertThat(access.mode()).isEqualTo(RevenueMode.EMPLOYEE_ON_SHIFT);
		assertThat(access.workshopId()).isEqualTo(WORKSHOP);
	}

	@Test
	void aWorkshopEmployeeOffShiftCannotSeeLocalCustomersByDefault() {
		var access = NonCompetePolicy.accessOf(employee(false, true, OffShiftMode.LOCAL_EXCLUSION), workshop(false));
		assertThat(access.scope()).isEqualTo(FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS);
		assertThat(access.mode()).isEqualTo(RevenueMode.EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION);
		assertThat(access.workshopFsa().code()).isEqualTo("M5V");
		assertThat(access.exclusionRadiusKm()).isEqualTo(50);
	}

	@Test
	void revenueShareOpensEverythingOnlyWhenTheWorkshopAllowsLocalFreelancing() {
		var allowed = NonCompetePolicy.accessOf(employee(false, true, OffShiftMode.REVENUE_SHARE), workshop(true));
		assertThat(allowed.scope()).isEqualTo(FeedAccess.Scope.ALL);
		assertThat(allowed.workshopShare()).isEqualTo(Percentage.of(30));
		var notAllowed = NonCompetePolicy.accessOf(employee(false, true, OffShiftMode.REVENUE_SHARE), workshop(false));
		assertThat(notAllowed.scope()).isEqualTo(FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS);
	}

	@Test
	void revenueShareUsesThePercentageBothSignedNotTheWorkshopsCurrentSetting() {
		var signedAtThirty = employee(false, true, OffShiftMode.REVENUE_SHARE);
		var workshopNowAtForty = new Workshop(WORKSHOP, new UserId(3), "AutoFix Toronto", "450 King St W", "Toronto", Province.ON,
				PostalCode.parse("M5V 1K4"), ZoneId.of("America/Toronto"), null, true, 40, Instant.EPOCH);
		var access = NonCompetePolicy.accessOf(signedAtThirty, workshopNowAtForty);
		assertThat(access.mode()).isEqualTo(RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE);
		assertThat(access.workshopShare()).isEqualTo(Percentage.of(30));
	}

	@Test
	void aBlockedOrUnavailableEmployeeOffShiftSeesNothing() {
		assertThat(NonCompetePolicy.accessOf(employee(false, true, OffShiftMode.BLOCKED), workshop(true)).canTake()).isFalse();
		assertThat(NonCompetePolicy.accessOf(employee(false, false, OffShiftMode.REVENUE_SHARE), workshop(true)).canTake()).isFalse();
	}

	private static Mechanic independent(boolean verified, boolean available) {
		return new Mechanic(new MechanicId(1), new UserId(1), "Alex", "a@b.ca", null, MechanicType.INDEPENDENT, null,
				PostalCode.parse("M6H 2N4"), Province.ON, verified, false, available, OffShiftMode.LOCAL_EXCLUSION, 50, 0, Instant.EPOCH);
	}

	private static Mechanic employee(boolean clockedIn, boolean available, OffShiftMode mode) {
		return new Mechanic(new MechanicId(2), new UserId(2), "Mike", "m@b.ca", null, MechanicType.WORKSHOP_EMPLOYEE, WORKSHOP,
				PostalCode.parse("L5B 3C2"), Province.ON, true, clockedIn, available, mode, 50,
				mode == OffShiftMode.REVENUE_SHARE ? 30 : 0, Instant.EPOCH);
	}

	private static Workshop workshop(boolean allowLocalFreelance) {
		return new Workshop(WORKSHOP, new UserId(3), "AutoFix Toronto", "450 King St W", "Toronto", Province.ON,
				PostalCode.parse("M5V 1K4"), ZoneId.of("America/Toronto"), null, allowLocalFreelance, 30, Instant.EPOCH);
	}
}
