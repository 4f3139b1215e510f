package ca.mechanicplatform.workshops.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.workshops.RevenueShareAgreement;
import ca.mechanicplatform.workshops.RevenueShareAgreements;
import ca.mechanicplatform.workshops.RevenueShareOverview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The off-shift revenue-share agreement between a workshop employee and their workshop. Signing goes through
 * {@code POST /api/agreements/{agreementId}/signatures} (the employee first, then the workshop).
 */
@RestController
@Tag(name = "Off-shift revenue share")
class RevenueShareAgreementsApiController {

	private final RevenueShareAgreements agreements;

	RevenueShareAgreementsApiController(RevenueShareAgreements agreements) {
		this.agreements = agreements;
	}

	record AgreementView(long id, long mechanicId, String mechanicName, long workshopId, String workshopName, int sharePercent,
			String status, Long agreementId, String agreementStatus, String awaiting, String signLink, Instant requestedAt,
			Instant activatedAt, Instant endedAt, String endedBy, String endReason) {

		static AgreementView of(RevenueShareAgreement a) {
			String awaiting = a.awaitsEmployee() ? "EMPLOYEE" : a.awaitsWorkshop() ? "WORKSHOP" : null;
			return new AgreementView(a.id(), a.mechanicId().value(), a.mechanicName(), a.workshopId().value(), a.workshopName(),
					a.sharePct(), a.status().name(), a.agreementId() == null ? null : a.agreementId().value(),
					a.agreementStatus() == null ? null : a.agreementStatus().name(), awaiting,
					a.agreementId() == null ? null : "/api/agreements/" + a.agreementId() + "/signatures", a.requestedAt(),
					a.activatedAt(), a.endedAt(), a.endedBy(), a.endReason());
		}
	}

	record OverviewView(String offShiftMode, int revenueSharePercent, Long workshopId, String workshopName,
			Boolean workshopAllowsLocalFreelance, Integer workshopSharePercent, boolean canRequest, String whyNot,
			boolean suspendedByWorkshopPolicy, AgreementView agreement) {

		static OverviewView of(RevenueShareOverview o) {
			var w = o.workshop();
			return new OverviewView(o.mechanic().offShiftMode().code(), o.mechanic().offShiftRevenueSharePct(),
					w == null ? null : w.id().value(), w == null ? null : w.name(), w == null ? null : w.allowEmployeeLocalFreelance(),
					w == null ? null : w.employeeRevenueSharePct(), o.canRequest(), o.whyNot(), o.suspendedByWorkshopPolicy(),
					o.agreement() == null ? null : AgreementView.of(o.agreement()));
		}
	}

	@GetMapping("/api/mechanic/off-shift/revenue-share-agreement")
	@Operation(summary = "Your off-shift mode and revenue-share agreement with your workshop, and whether you may request one")
	OverviewView status(@AuthenticationPrincipal PlatformUser user) {
		return OverviewView.of(agreements.overview(user.id()));
	}

	@PostMapping("/api/mechanic/off-shift/revenue-share-agreement")
	@Operation(summary = "Request a revenue-share agreement with your workshop",
			description = "Generates the agreement at the workshop's current share; you sign first, then the workshop. When both "
					+ "have signed your off-shift mode becomes revenue_share. 409 if you are not a workshop employee, the workshop "
					+ "does not allow local freelancing, or you have an open agreement already.")
	ResponseEntity<AgreementView> request(@AuthenticationPrincipal PlatformUser user) {
		RevenueShareAgreement requested = agreements.request(user.id());
		return ResponseEntity.created(URI.create("/api/mechanic/off-shift/revenue-share-agreement"))
			.body(AgreementView.of(requested));
	}

	@DeleteMapping("/api/mechanic/off-shift/revenue-share-agreement")
	@Operation(summary = "End your revenue-share agreement (or withdraw the request)",
			description = "Your off-shift mode returns to local_exclusion. 409 if you have none open.")
	AgreementView end(@AuthenticationPrincipal PlatformUser user) {
		return AgreementView.of(agreements.endByEmployee(user.id()));
	}

	@GetMapping("/api/workshop/employees/revenue-share-agreements")
	@Operation(summary = "Your employees' revenue-share agreements, open ones first")
	List<AgreementView> ofWorkshop(@AuthenticationPrincipal PlatformUser user) {
		return agreements.ofWorkshop(user.id()).stream().map(AgreementView::of).toList();
	}

	@PostMapping("/api/workshop/employees/{mechanicId}/revenue-share-agreement/end")
	@Operation(summary = "End an employee's revenue-share agreement (or decline the request)",
			description = "The employee returns to local_exclusion. Someone else's employee is 404; nothing open is 409.")
	AgreementView endByWorkshop(@AuthenticationPrincipal PlatformUser user, @PathVariable long mechanicId) {
		if (mechanicId <= 0) {
			throw NotFoundException.of("Employee", mechanicId);
		}
		return AgreementView.of(agreements.endByWorkshop(user.id(), new MechanicId(mechanicId)));
	}
}
