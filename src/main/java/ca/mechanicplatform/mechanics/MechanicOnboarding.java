package ca.mechanicplatform.mechanics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.documents.DocumentKind;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.documents.StoredDocument;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.mechanics.internal.MechanicBackgroundCheckRows;
import ca.mechanicplatform.mechanics.internal.MechanicCertificationRows;
import ca.mechanicplatform.mechanics.internal.MechanicInsurancePolicyRows;
import ca.mechanicplatform.mechanics.internal.MechanicPayoutAccountRows;
import ca.mechanicplatform.mechanics.internal.MechanicProfileItemRows;
import ca.mechanicplatform.mechanics.internal.MechanicProfileItemRows.Kind;
import ca.mechanicplatform.mechanics.internal.MechanicRows;

/**
 * Virtual-only onboarding, one step at a time: profile, trade certification, background-check consent and payout
 * details, then submission for verification; and the liability insurance workshop partners add. Every step checks
 * all of its fields at once and changes nothing when it refuses. Steps need a chosen service tier.
 */
@Service
public class MechanicOnboarding {

	private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{2,28}[A-Za-z0-9]");
	private static final Pattern POLICY_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /-]{2,38}[A-Za-z0-9]");
	private static final int MIN_BIO_LENGTH = 30;

	private final Mechanics mechanics;
	private final Accounts accounts;
	private final Documents documents;
	private final BackgroundChecks backgroundChecks;
	private final MechanicRows rows;
	private final MechanicProfileItemRows items;
	private final MechanicCertificationRows certifications;
	private final MechanicBackgroundCheckRows checks;
	private final MechanicPayoutAccountRows payouts;
	private final MechanicInsurancePolicyRows insurance;
	private final Clock clock;

	MechanicOnboarding(Mechanics mechanics, Accounts accounts, Documents documents, BackgroundChecks backgroundChecks,
			MechanicRows rows, MechanicProfileItemRows items, MechanicCertificationRows certifications,
			MechanicBackgroundCheckRows checks, MechanicPayoutAccountRows payouts, MechanicInsurancePolicyRows insurance,
			Clock clock) {
		this.mechanics = mechanics;
		this.accounts = accounts;
		this.documents = documents;
		this.backgroundChecks = backgroundChecks;
		this.rows = rows;
		this.items = items;
		this.certifications = certifications;
		this.checks = checks;
		this.payouts = payouts;
		this.insurance = insurance;
		this.clock = clock;
	}

	/** Everything about the mechanic's onboarding, with the profile's completion. */
	@Transactional(readOnly = true)
	public Onboarding of(MechanicId id) {
		Mechanic mechanic = mechanics.get(id);
		ProfileDetails details = details(id);
		List<Certification> certs = certifications.of(id);
		Optional<BackgroundCheck> check = checks.latest(id);
		Optional<PayoutAccount> payout = payouts.find(id);
		Optional<InsurancePolicy> policy = insurance.latest(id);
		var submittedAt = rows.onboardingSubmittedAt(id).orElse(null);
		ProfileCompletion completion = ProfileCompletionPolicy.of(mechanic, details, certs, check, payout, policy,
				submittedAt != null, today());
		return new Onboarding(mechanic, details, certs, check.orElse(null), payout.orElse(null), policy.orElse(null),
				submittedAt, mechanic.verified() ? rows.verifiedAt(id).orElse(null) : null, completion,
				mechanics.tierHistory(id), certs.stream().anyMatch(c -> c.isValidOn(today())),
				policy.filter(p -> p.isValidOn(today())).isPresent());
	}

	/** The share of the profile done and what is missing. */
	public ProfileCompletion completion(MechanicId id) {
		return of(id).completion();
	}

	public ProfileDetails details(MechanicId id) {
		return rows.details(id, items.items(id, Kind.SPECIALTY), items.items(id, Kind.VEHICLE_MAKE),
				items.items(id, Kind.LANGUAGE));
	}

	/**
	 * Step 1: name, bio, specialties, vehicle makes, years of experience, languages, province and postal code (which
	 * must be in that province).
	 *
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public Onboarding updateProfile(MechanicId id, ProfileDetailsForm form) {
		Mechanic mechanic = requireTier(id);
		InputCheck check = new InputCheck();
		String name = check.text("name", form.name(), 120, "Enter your name");
		String bio = check.text("bio", form.bio(), 2000, "Write a few sentences about your experience for customers");
		check.require(check.has("bio") || bio.length() >= MIN_BIO_LENGTH, "bio",
				"Write at least " + MIN_BIO_LENGTH + " characters, so customers know who they're talking to");
		Integer years = check.parse("yearsOfExperience", form.yearsOfExperience(), MechanicOnboarding::years);
		List<String> specialties = chosen(check, "specialties", form.specialties(), ProfileChoices.SPECIALTIES, "specialty");
		List<String> makes = chosen(check, "vehicleMakes", form.vehicleMakes(), ProfileChoices.VEHICLE_MAKES, "vehicle make");
		List<String> languages = chosen(check, "languages", form.languages(), ProfileChoices.LANGUAGES, "language");
		Province province = Province.fromCode(form.province()).orElse(null);
		check.require(province != null, "province", "Choose the province or territory you work in");
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		if (province != null && postalCode != null) {
			check.require(province.covers(postalCode), "postalCode", "Postal code " + postalCode + " is in "
					+ Province.ofPostalCode(postalCode).displayName() + ", not " + province.displayName());
		}
		check.throwIfInvalid();

		accounts.rename(mechanic.userId(), name);
		rows.updateProfile(id, bio, years, province, postalCode);
		items.replace(id, Kind.SPECIALTY, specialties);
		items.replace(id, Kind.VEHICLE_MAKE, makes);
		items.replace(id, Kind.LANGUAGE, languages);
		return of(id);
	}

	/**
	 * Step 2: a Red Seal or provincial certificate with its number, issuing province, expiry date and document (PDF,
	 * JPEG or PNG up to 10 MB, typed from its content). The certification waits for an operator's decision.
	 *
	 * @throws InvalidInputException naming every field at fault, the document as {@code document}
	 */
	@Transactional
	public Certification submitCertification(MechanicId id, CertificationSubmission form, Upload document) {
		Mechanic mechanic = requireTier(id);
		InputCheck check = new InputCheck();
		Credential credential = check.parse("credential", form.credential(),
				raw -> choice(Credential.class, raw, "Choose Red Seal or a provincial certificate"));
		Trade trade = check.parse("trade", form.trade(), raw -> choice(Trade.class, raw, "Choose your trade"));
		String number = check.text("certificateNumber", form.certificateNumber(), 30, "Enter the certificate number");
		check.require(check.has("certificateNumber") || CERTIFICATE_NUMBER.matcher(number).matches(), "certificateNumber",
				"Enter the certificate number as printed: 4 to 30 letters, digits, spaces or dashes");
		Province province = Province.fromCode(form.issuingProvince()).orElse(null);
		check.require(province != null, "issuingProvince", "Choose the province or territory that issued the certificate");
		LocalDate expiresOn = futureDate(check, "expiresOn", form.expiresOn(), 15, "certificate");
		documents.check(document, DocumentKind.TRADE_CERTIFICATE, "document", check);
		check.throwIfInvalid();

		StoredDocument stored = documents.store(mechanic.userId(), DocumentKind.TRADE_CERTIFICATE, document, "document");
		CertificationId certification = certifications.insert(id, credential, trade, number.toUpperCase(Locale.ROOT),
				province, expiresOn, stored.id(), clock.instant());
		return certifications.find(certification).orElseThrow();
	}

	/**
	 * Step 3: the mechanic consents to a background check by ticking the consent and typing their name as on their
	 * profile; the check is ordered from {@link BackgroundChecks}. Consenting again while a check is in progress or
	 * clear changes nothing.
	 *
	 * @throws InvalidInputException on {@code consent} or {@code fullName}
	 */
	@Transactional
	public BackgroundCheck consentToBackgroundCheck(MechanicId id, BackgroundCheckConsent consent) {
		Mechanic mechanic = requireTier(id);
		InputCheck check = new InputCheck();
		check.require(consent.consent(), "consent", "Tick the box to consent to the background check");
		String name = check.text("fullName", consent.fullName(), 120, "Type your full name to sign your consent");
		check.require(check.has("fullName") || normalised(name).equals(normalised(mechanic.name())), "fullName",
				"Type your full name exactly as on your profile: " + mechanic.name());
		check.throwIfInvalid();

		Optional<BackgroundCheck> latest = checks.latest(id);
		if (latest.isPresent() && latest.get().status() != BackgroundCheckStatus.NOT_CLEAR) {
			return latest.get();
		}
		String reference = backgroundChecks.order(mechanic, name);
		checks.insert(id, name, clock.instant(), backgroundChecks.providerName(), reference);
		return checks.latest(id).orElseThrow();
	}

	/**
	 * Step 4: the bank account for payouts. Only what a direct deposit needs is stored, and the account number is
	 * shown masked from then on.
	 *
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public PayoutAccount savePayout(MechanicId id, PayoutDetailsForm form) {
		requireTier(id);
		InputCheck check = new InputCheck();
		String holder = check.text("accountHolder", form.accountHolder(), 120, "Enter the name on the bank account");
		String institution = digits(form.institutionNumber());
		check.require(institution.matches("\\d{3}"), "institutionNumber",
				"The institution number has 3 digits (004 for TD, 001 for BMO); it's on a void cheque");
		String transit = digits(form.transitNumber());
		check.require(transit.matches("\\d{5}"), "transitNumber", "The transit (branch) number has 5 digits");
		String account = digits(form.accountNumber());
		check.require(account.matches("\\d{7,12}"), "accountNumber", "The account number has 7 to 12 digits");
		check.throwIfInvalid();
		payouts.save(id, holder, institution, transit, account, clock.instant());
		return payouts.find(id).orElseThrow();
	}

	/**
	 * Finishes the onboarding form and hands it to verification. Submitting again changes nothing.
	 *
	 * @throws BusinessRuleException (409) naming the steps still to do
	 */
	@Transactional
	public Onboarding submit(MechanicId id) {
		requireTier(id);
		Onboarding onboarding = of(id);
		if (onboarding.isSubmitted()) {
			return onboarding;
		}
		List<OnboardingStep> toDo = onboarding.stepsToDo();
		if (!toDo.isEmpty()) {
			throw new BusinessRuleException("Finish these steps first: "
					+ String.join(", ", toDo.stream().map(OnboardingStep::label).toList()));
		}
		rows.updateOnboardingSubmitted(id, clock.instant());
		return of(id);
	}

	/**
	 * Liability insurance with its certificate (PDF, JPEG or PNG up to 10 MB), needed to become a workshop partner.
	 *
	 * @throws InvalidInputException naming every field at fault, the document as {@code document}
	 */
	@Transactional
	public InsurancePolicy submitInsurance(MechanicId id, InsuranceSubmission form, Upload document) {
		Mechanic mechanic = mechanics.get(id);
		InputCheck check = new InputCheck();
		String insurer = check.text("insurer", form.insurer(), 120, "Enter the insurance company");
		String policy = check.text("policyNumber", form.policyNumber(), 40, "Enter the policy number");
		check.require(check.has("policyNumber") || POLICY_NUMBER.matcher(policy).matches(), "policyNumber",
				"Enter the policy number as printed: letters, digits, spaces, slashes or dashes");
		Money coverage = check.parse("liabilityCoverage", form.liabilityCoverage(), MechanicOnboarding::coverage);
		LocalDate expiresOn = futureDate(check, "expiresOn", form.expiresOn(), 5, "policy");
		documents.check(document, DocumentKind.LIABILITY_INSURANCE, "document", check);
		check.throwIfInvalid();

		StoredDocument stored = documents.store(mechanic.userId(), DocumentKind.LIABILITY_INSURANCE, document, "document");
		insurance.insert(id, insurer, policy, coverage, expiresOn, stored.id(), clock.instant());
		return insurance.latest(id).orElseThrow();
	}

	private Mechanic requireTier(MechanicId id) {
		Mechanic mechanic = mechanics.get(id);
		if (mechanic.serviceTier() == null) {
			throw new BusinessRuleException("Choose your service tier first (virtual only or workshop partner)");
		}
		return mechanic;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private LocalDate futureDate(InputCheck check, String field, String raw, int maxYears, String what) {
		if (raw == null || raw.isBlank()) {
			check.require(false, field, "Enter the date the " + what + " expires");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException e) {
			check.require(false, field, "Enter the expiry date as year-month-day, like 2027-06-30");
			return null;
		}
		check.require(date.isAfter(today()), field, "This " + what + " expired on " + date + "; upload a current one");
		check.require(!date.isAfter(today().plusYears(maxYears)), field,
				"Check the expiry date: a " + what + " runs at most " + maxYears + " years");
		return date;
	}

	private static List<String> chosen(InputCheck check, String field, List<String> values, List<String> allowed, String what) {
		List<String> picked = new ArrayList<>(new LinkedHashSet<>(values.stream()
			.filter(value -> value != null && !value.isBlank()).map(String::trim).toList()));
		check.require(!picked.isEmpty(), field, "Pick at least one " + what);
		for (String value : picked) {
			check.require(allowed.contains(value), field, "\"" + shorten(value) + "\" is not one of the listed " + what + " choices");
		}
		return picked;
	}

	private static Integer years(String raw) {
		String trimmed = raw == null ? "" : raw.trim();
		if (!trimmed.matches("\\d{1,2}") || Integer.parseInt(trimmed) > 60) {
			throw new IllegalArgumentException("Enter your years of experience as a whole number from 0 to 60");
		}
		return Integer.parseInt(trimmed);
	}

	private static Money coverage(String raw) {
		Money amount = Money.ofDollars(raw);
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("Enter the liability coverage in dollars, like 2,000,000");
		}
		return amount;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String raw, String message) {
		try {
			return Enum.valueOf(type, raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(message);
		}
	}

	private static String digits(String raw) {
		return raw == null ? "" : raw.replaceAll("[\\s-]", "");
	}

	private static String normalised(String name) {
		return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}
}
