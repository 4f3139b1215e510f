package ca.mechanicplatform.partnerships.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.partnerships.ApplicationId;
import ca.mechanicplatform.partnerships.BrowseQuery;
import ca.mechanicplatform.partnerships.Eligibility;
import ca.mechanicplatform.partnerships.PartnershipApplications;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.Partnerships;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramType;
import ca.mechanicplatform.partnerships.web.api.Representations.ApplicationView;
import ca.mechanicplatform.partnerships.web.api.Representations.PartnershipView;
import ca.mechanicplatform.partnerships.web.api.Representations.ProgramView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic partnerships", description = "The marketplace, applications and partnerships of the signed-in mechanic")
class MechanicPartnershipsApiController {

	private final PartnershipPrograms programs;
	private final PartnershipApplications applications;
	private final Partnerships partnerships;
	private final Mechanics mechanics;

	MechanicPartnershipsApiController(PartnershipPrograms programs, PartnershipApplications applications,
			Partnerships partnerships, Mechanics mechanics) {
		this.programs = programs;
		this.applications = applications;
		this.partnerships = partnerships;
		this.mechanics = mechanics;
	}

	/** {@code next}: pass it as {@code after} for the following page ({@code null} on the last page). */
	record BrowseResult(List<ProgramView> results, int page, int size, boolean hasNext, String next) {
	}

	record ProgramDetail(ProgramView program, Eligibility eligibility) {
	}

	record ApplyRequest(Long programId, String message) {
	}

	record Mine(List<ApplicationView> applications, List<PartnershipView> partnerships) {
	}

	@GetMapping("/api/mechanic/partnerships/browse")
	@Operation(summary = "Search published programs", description = "Filters: text, type, maxDistanceKm (from your postal code), "
			+ "province, city, maxHourlyRate and maxMonthlyFee (dollars), minMechanicSharePercent, service; sort NEWEST, DISTANCE "
			+ "or BEST_SHARE; page (from 1) and size (up to 50); after: the previous answer's next, for the page after it (fast at "
			+ "any depth, where a deep page number makes the search count every earlier result). Results leave out the terms (null) "
			+ "and the bays: GET /api/mechanic/partnerships/programs/{id} has them.")
	BrowseResult browse(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String text,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer maxDistanceKm,
			@RequestParam(required = false) String province, @RequestParam(required = false) String city,
			@RequestParam(required = false) String maxHourlyRate, @RequestParam(required = false) String maxMonthlyFee,
			@RequestParam(required = false) Integer minMechanicSharePercent, @RequestParam(required = false) String service,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String after) {
		var query = new BrowseQuery(text, parse(ProgramType.class, "type", type), maxDistanceKm, province, city, maxHourlyRate,
				maxMonthlyFee, minMechanicSharePercent, service, parse(BrowseQuery.Sort.class, "sort", sort), page, size, after);
		var result = programs.browse(mechanics.mine(user.id()), query);
		return new BrowseResult(result.results().stream().map(ProgramView::of).toList(), result.page(), result.size(), result.hasNext(),
				result.next());
	}

	@GetMapping("/api/mechanic/partnerships/programs/{id}")
	@Operation(summary = "A program with whether you may apply and why not")
	ProgramDetail program(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		var programId = new ProgramId(id);
		var program = programs.visible(programId);
		return new ProgramDetail(ProgramView.of(program, programs.offeredBays(program)), applications.eligibility(user.id(), programId));
	}

	@PostMapping("/api/mechanic/partnerships/apply")
	@Operation(summary = "Apply to a published program with a message")
	ResponseEntity<ApplicationView> apply(@AuthenticationPrincipal PlatformUser user, @RequestBody ApplyRequest request) {
		if (request == null || request.programId() == null) {
			throw new InvalidInputException(Map.of("programId", "Say which program you are applying to"));
		}
		var application = applications.apply(user.id(), new ProgramId(request.programId()), request.message());
		return ResponseEntity.status(HttpStatus.CREATED).body(ApplicationView.of(application));
	}

	@PostMapping("/api/mechanic/partnerships/applications/{id}/withdraw")
	@Operation(summary = "Withdraw one of your pending applications")
	ApplicationView withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ApplicationView.of(applications.withdraw(user.id(), new ApplicationId(id)));
	}

	@GetMapping("/api/mechanic/partnerships")
	@Operation(summary = "Your applications (with their status) and partnerships")
	Mine mine(@AuthenticationPrincipal PlatformUser user) {
		return new Mine(applications.ofMechanic(user.id()).stream().map(ApplicationView::of).toList(),
				partnerships.ofMechanic(user.id()).stream().map(PartnershipView::of).toList());
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(Map.of(field, "Unknown " + field + " \"" + raw.trim() + "\""));
		}
	}
}
