package ca.mechanicplatform.workshops.web.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.workshops.DayHours;
import ca.mechanicplatform.workshops.OffShiftPolicyForm;
import ca.mechanicplatform.workshops.OffShiftTerms;
import ca.mechanicplatform.workshops.WeeklyHours;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopPhoto;
import ca.mechanicplatform.workshops.WorkshopProfileForm;
import ca.mechanicplatform.workshops.WorkshopService;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Workshop profile")
class WorkshopProfileApiController {

	private final Workshops workshops;

	WorkshopProfileApiController(Workshops workshops) {
		this.workshops = workshops;
	}

	record WorkshopProfile(long id, String name, String streetAddress, String city, String province, String postalCode,
			String timeZone, String phone, boolean allowEmployeeLocalFreelance, int employeeRevenueSharePct,
			List<String> services) {

		static WorkshopProfile of(Workshop w, List<WorkshopService> services) {
			return new WorkshopProfile(w.id().value(), w.name(), w.streetAddress(), w.city(), w.province().name(),
					w.postalCode().value(), w.timeZone().getId(), w.phone(), w.allowEmployeeLocalFreelance(),
					w.employeeRevenueSharePct(), services.stream().map(Enum::name).toList());
		}
	}

	/** Open days with local times in {@code timeZone}; days not listed are closed. */
	record HoursView(String timeZone, List<DayHours> hours) {

		static HoursView of(WeeklyHours week) {
			return new HoursView(week.zone().getId(), week.days().stream()
				.map(d -> new DayHours(d.day().name(), d.opens().toString(), d.closes().toString())).toList());
		}
	}

	record HoursRequest(List<DayHours> hours) {
	}

	record PolicyRequest(Boolean allowEmployeeLocalFreelance, Object employeeRevenueSharePct) {
	}

	/** The policy with what it means on the document's $50 example session, in cents. */
	record PolicyView(boolean allowEmployeeLocalFreelance, int employeeRevenueSharePct, String employeeSessionFee,
			long exampleSessionCents, long localExclusionMechanicCents, long revenueShareWorkshopCents,
			long revenueShareMechanicCents) {

		static PolicyView of(Workshop w) {
			OffShiftTerms terms = OffShiftTerms.of(w.employeeRevenueSharePct());
			return new PolicyView(w.allowEmployeeLocalFreelance(), w.employeeRevenueSharePct(), terms.platformFee().toString(),
					OffShiftTerms.EXAMPLE_SESSION.cents(), terms.localExclusion().mechanic().cents(),
					terms.revenueShare().workshop().cents(), terms.revenueShare().mechanic().cents());
		}
	}

	@PostMapping("/api/signup/workshop")
	@SecurityRequirements
	@Operation(summary = "Open a workshop and its admin's account", description = "Then POST /api/auth/token to get a bearer token.")
	ResponseEntity<WorkshopProfile> signUp(@RequestBody WorkshopSignUp request) {
		Workshop workshop = workshops.register(request);
		return ResponseEntity.created(URI.create("/api/workshop/profile")).body(WorkshopProfile.of(workshop, List.of()));
	}

	@GetMapping("/api/workshop/profile")
	@Operation(summary = "The signed-in admin's workshop")
	WorkshopProfile profile(@AuthenticationPrincipal PlatformUser user) {
		Workshop workshop = workshops.mine(user.id());
		return WorkshopProfile.of(workshop, workshops.services(workshop.id()));
	}

	@PutMapping("/api/workshop/profile")
	@Operation(summary = "Edit the workshop's profile",
			description = "Legal name, address, postal code (in the province), IANA time zone among Canada's (blank: the province's "
					+ "usual one), phone and services (WorkshopService names).")
	WorkshopProfile editProfile(@AuthenticationPrincipal PlatformUser user, @RequestBody WorkshopProfileForm request) {
		Workshop workshop = workshops.updateProfile(user.id(), request);
		return WorkshopProfile.of(workshop, workshops.services(workshop.id()));
	}

	record PhotoView(long id, String name, String url, java.time.Instant createdAt) {

		static PhotoView of(WorkshopPhoto p) {
			return new PhotoView(p.id(), p.name(), "/api/documents/" + p.documentId().value(), p.createdAt());
		}
	}

	@GetMapping("/api/workshop/photos")
	@Operation(summary = "The workshop's photos")
	List<PhotoView> photos(@AuthenticationPrincipal PlatformUser user) {
		return workshops.photos(workshops.mine(user.id()).id()).stream().map(PhotoView::of).toList();
	}

	@PostMapping(value = "/api/workshop/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a photo of the workshop",
			description = "multipart/form-data with the image as 'photo': JPEG or PNG (checked from the content), at most 10 MB; "
					+ "at most 12 photos (409 beyond).")
	ResponseEntity<PhotoView> addPhoto(@AuthenticationPrincipal PlatformUser user,
			@RequestPart(name = "photo", required = false) MultipartFile photo) {
		return ResponseEntity.status(HttpStatus.CREATED).body(PhotoView.of(workshops.addPhoto(user.id(), Upload.of(photo))));
	}

	@DeleteMapping("/api/workshop/photos/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove one of the workshop's photos", description = "Another workshop's photo is 404.")
	void removePhoto(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		workshops.removePhoto(user.id(), id);
	}

	@GetMapping("/api/workshop/hours")
	@Operation(summary = "The workshop's weekly opening hours, as local times in its time zone")
	HoursView hours(@AuthenticationPrincipal PlatformUser user) {
		return HoursView.of(workshops.openingHours(workshops.mine(user.id()).id()));
	}

	@PutMapping("/api/workshop/hours")
	@Operation(summary = "Replace the weekly opening hours",
			description = "One entry per open day: {\"day\": \"MONDAY\", \"opens\": \"08:00\", \"closes\": \"18:00\"}, local times "
					+ "in the workshop's time zone. Days not listed are closed.")
	HoursView setHours(@AuthenticationPrincipal PlatformUser user, @RequestBody HoursRequest request) {
		return HoursView.of(workshops.setOpeningHours(user.id(), request.hours()));
	}

	@GetMapping("/api/workshop/off-shift-policy")
	@Operation(summary = "The workshop's off-shift policy for its employees")
	PolicyView policy(@AuthenticationPrincipal PlatformUser user) {
		return PolicyView.of(workshops.mine(user.id()));
	}

	@PutMapping("/api/workshop/off-shift-policy")
	@Operation(summary = "Set the off-shift policy",
			description = "allowEmployeeLocalFreelance and employeeRevenueSharePct (whole percent, 20-40; 400 otherwise).")
	PolicyView setPolicy(@AuthenticationPrincipal PlatformUser user, @RequestBody PolicyRequest request) {
		Workshop current = workshops.mine(user.id());
		boolean allow = request.allowEmployeeLocalFreelance() == null ? current.allowEmployeeLocalFreelance()
				: request.allowEmployeeLocalFreelance();
		String share = request.employeeRevenueSharePct() == null ? String.valueOf(current.employeeRevenueSharePct())
				: String.valueOf(request.employeeRevenueSharePct());
		return PolicyView.of(workshops.updateOffShiftPolicy(user.id(), new OffShiftPolicyForm(allow, share)));
	}
}
