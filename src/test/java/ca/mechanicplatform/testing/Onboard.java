package ca.mechanicplatform.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import tools.jackson.databind.JsonNode;

/**
 * Takes mechanics through onboarding over the API, so tests can start from a mechanic at any stage. Every step
 * asserts that it succeeded.
 */
public final class Onboard {

	public static final String PASSWORD = "a-long-password";
	public static final String OPERATOR = "operator@test.local";
	public static final String OPERATOR_PASSWORD = "operator-password";

	private final Api api;
	private final int port;

	public Onboard(int port) {
		this.port = port;
		this.api = new Api(port);
	}

	/** A mechanic who has signed up and nothing more. */
	public record SignedUp(String email, String name, String token) {
	}

	public SignedUp signUp(String who, String name, String postalCode) {
		return signUpAs(Unique.email(who), name, postalCode);
	}

	/** Signs a mechanic up with this exact e-mail address. */
	public SignedUp signUpAs(String email, String name, String postalCode) {
		expect(api.post("/api/signup/mechanic", null, Map.of("name", name, "email", email, "password", PASSWORD,
				"postalCode", postalCode)), 201);
		return new SignedUp(email, name, api.token(email, PASSWORD));
	}

	public void chooseVirtualOnly(SignedUp mechanic) {
		expect(api.post("/api/mechanic/onboarding/service-tier", mechanic.token(), Map.of("serviceTier", "VIRTUAL_ONLY")), 200);
	}

	public void profile(SignedUp mechanic, String province, String postalCode) {
		expect(api.put("/api/mechanic/onboarding/virtual-only/profile", mechanic.token(), Map.of("name", mechanic.name(),
				"bio", "Licensed technician who loves diagnosing electrical gremlins over video.", "yearsOfExperience", 12,
				"specialties", List.of("Electrical systems", "Engine diagnostics"), "vehicleMakes", List.of("Toyota", "Honda"),
				"languages", List.of("English", "French"), "province", province, "postalCode", postalCode)), 200);
	}

	/** Uploads a Red Seal certificate as a PDF; returns its id. */
	public long certificate(SignedUp mechanic) {
		var reply = certificateUpload(mechanic.token(), "red-seal.pdf", "application/pdf", SampleFiles.pdf())
			.post("/api/mechanic/onboarding/virtual-only/certification", mechanic.token());
		return expect(reply, 201).get("id").asLong();
	}

	public Multipart certificateUpload(String token, String fileName, String claimedType, byte[] content) {
		return new Multipart(port).field("credential", "RED_SEAL").field("trade", "AUTOMOTIVE_SERVICE_TECHNICIAN")
			.field("certificateNumber", "ON-310S-44821").field("issuingProvince", "ON")
			.field("expiresOn", LocalDate.now().plusYears(2).toString())
			.file("document", fileName, claimedType, content);
	}

	public void consent(SignedUp mechanic) {
		expect(api.post("/api/mechanic/onboarding/virtual-only/background-check-consent", mechanic.token(),
				Map.of("consent", true, "fullName", mechanic.name())), 200);
	}

	public void payout(SignedUp mechanic) {
		expect(api.put("/api/mechanic/onboarding/virtual-only/payout", mechanic.token(), Map.of("accountHolder", mechanic.name(),
				"institutionNumber", "004", "transitNumber", "12345", "accountNumber", "9876543210")), 200);
	}

	public void submit(SignedUp mechanic) {
		expect(api.post("/api/mechanic/onboarding/virtual-only", mechanic.token(), Map.of()), 200);
	}

	/** A mechanic who finished and submitted virtual-only onboarding; returns the pending certification's id. */
	public long submitted(SignedUp mechanic) {
		chooseVirtualOnly(mechanic);
		profile(mechanic, "ON", "M6H 2N4");
		long certification = certificate(mechanic);
		consent(mechanic);
		payout(mechanic);
		submit(mechanic);
		return certification;
	}

	/** The platform operator's token. */
	public String operatorToken() {
		return api.token(OPERATOR, OPERATOR_PASSWORD);
	}

	/** An operator approves the certification and records a clear background check for the mechanic. */
	public void verify(SignedUp mechanic, long certification) {
		String operator = operatorToken();
		expect(api.post("/api/admin/verifications/certifications/" + certification + "/approve", operator, Map.of()), 200);
		expect(api.post("/api/admin/verifications/background-checks/" + backgroundCheckId(mechanic), operator,
				Map.of("result", "CLEAR")), 200);
	}

	/** The id of the mechanic's pending background check, from the operators' queue. */
	public long backgroundCheckId(SignedUp mechanic) {
		for (JsonNode check : api.get("/api/admin/verifications", operatorToken()).json().get("backgroundChecks")) {
			if (check.get("mechanic").get("email").asString().equals(mechanic.email())) {
				return check.get("id").asLong();
			}
		}
		throw new AssertionError("No pending background check for " + mechanic.email());
	}

	/**
	 * A mechanic on the workshop-partner tier, the way one gets there: virtual-only onboarding with the profile in the
	 * province of {@code postalCode}, verified by an operator, liability insurance added, then the upgrade.
	 */
	public SignedUp workshopPartner(String email, String name, String postalCode) {
		SignedUp mechanic = signUpAs(email, name, postalCode);
		chooseVirtualOnly(mechanic);
		profile(mechanic, Province.ofPostalCode(PostalCode.parse(postalCode)).name(), postalCode);
		long certification = certificate(mechanic);
		consent(mechanic);
		payout(mechanic);
		submit(mechanic);
		verify(mechanic, certification);
		expect(new Multipart(port).field("insurer", "Intact Insurance").field("policyNumber", "CGL-4471-0925")
			.field("liabilityCoverage", "2000000").field("expiresOn", LocalDate.now().plusYears(1).toString())
			.file("document", "insurance.pdf", "application/pdf", SampleFiles.pdf())
			.post("/api/mechanic/profile/insurance", mechanic.token()), 201);
		expect(api.post("/api/mechanic/profile/upgrade-tier", mechanic.token(), Map.of()), 200);
		return mechanic;
	}

	/** A verified virtual-only mechanic. */
	public SignedUp verified(String who, String name) {
		SignedUp mechanic = signUp(who, name, "M6H 2N4");
		verify(mechanic, submitted(mechanic));
		return mechanic;
	}

	private static JsonNode expect(Api.Reply reply, int status) {
		if (reply.status() != status) {
			throw new AssertionError("Expected " + status + " but got " + reply.status() + ": " + reply.body());
		}
		return reply.json();
	}
}
