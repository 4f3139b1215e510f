package ca.mechanicplatform.profiles;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.CustomerRegistered;
import ca.mechanicplatform.consultations.ConsultationCompleted;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.profiles.internal.ReferralRows;
import ca.mechanicplatform.revenue.Bonuses;

/**
 * Referral codes. Every mechanic has one (made the first time it is asked for); a customer who signs up with it is
 * attributed to that mechanic, once, and an unknown code is ignored. When a referred customer's first paid
 * consultation completes, the referral converts and the platform pays the mechanic the referral bonus
 * ({@code platform.referral-bonus}) through revenue, exactly once: the conversion is a conditional UPDATE and the
 * ledger posting has a unique business key per customer, so a redelivered event or a second consultation pays nothing.
 */
@Service
public class Referrals {

	static final int LIST_LIMIT = 200;
	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
	private static final int CODE_LENGTH = 8;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReferralRows rows;
	private final Mechanics mechanics;
	private final Accounts accounts;
	private final Bonuses bonuses;
	private final PublicProfiles profiles;
	private final Clock clock;
	private final Money bonus;

	Referrals(ReferralRows rows, Mechanics mechanics, Accounts accounts, Bonuses bonuses, PublicProfiles profiles, Clock clock,
			@Value("${platform.referral-bonus:10.00}") String bonus) {
		this.rows = rows;
		this.mechanics = mechanics;
		this.accounts = accounts;
		this.bonuses = bonuses;
		this.profiles = profiles;
		this.clock = clock;
		this.bonus = Money.ofDollars(bonus);
		if (this.bonus.isNegative()) {
			throw new IllegalStateException("platform.referral-bonus must not be negative: " + bonus);
		}
	}

	/** What the platform pays a mechanic for each referred customer's first paid consultation ($0.00: no bonus). */
	public Money bonusPerReferral() {
		return bonus;
	}

	/** The signed-in mechanic's code, link, counts and recent referrals. */
	@Transactional
	public ReferralSummary summary(UserId mechanicUser) {
		MechanicId mechanic = mechanics.mine(mechanicUser).id();
		String code = codeOf(mechanic);
		ReferralRows.Totals totals = rows.totals(mechanic);
		List<Referral> recent = rows.ofMechanic(mechanic, LIST_LIMIT).stream().map(this::referral).toList();
		return new ReferralSummary(code, link(code), totals.referred(), totals.converted(), Money.ofCents(totals.bonusCents()),
				bonus, recent);
	}

	/** The mechanic's referral code, created on first use. */
	@Transactional
	public String codeOf(MechanicId mechanic) {
		Optional<String> existing = rows.codeOf(mechanic);
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant now = clock.instant();
		for (int attempt = 0; attempt < 10; attempt++) {
			rows.insertCode(mechanic, newCode(), now);
			// Either this insert or a concurrent one for the same mechanic stored a code; a clash with another
			// mechanic's code stored nothing, so try another.
			existing = rows.codeOf(mechanic);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		throw new IllegalStateException("Could not create a referral code for mechanic " + mechanic.value());
	}

	/** The customer sign-up address that carries the code. */
	public String link(String code) {
		return profiles.baseUrl() + "/signup/customer?ref=" + code;
	}

	/**
	 * Attributes a new customer to the mechanic whose code they signed up with. Unknown codes are ignored; a customer is
	 * attributed at most once.
	 * @return whether the customer was attributed now
	 */
	@Transactional
	public boolean attribute(CustomerId customer, String rawCode) {
		if (rawCode == null) {
			return false;
		}
		String code = rawCode.trim().toUpperCase(Locale.ROOT);
		return rows.mechanicWithCode(code).map(mechanic -> rows.attribute(mechanic, customer, code, clock.instant()))
			.orElse(false);
	}

	/**
	 * Converts the customer's referral on their first paid consultation and pays the referring mechanic the bonus.
	 * Safe to call again for the same or a later consultation: it pays once.
	 * @return the bonus paid now, or empty when nothing was converted
	 */
	@Transactional
	public Optional<Money> convert(ConsultationCompleted completed) {
		if (completed.grossCents() <= 0) {
			return Optional.empty();
		}
		Optional<ReferralRows.Row> referral = rows.ofCustomer(completed.customerId());
		if (referral.isEmpty() || referral.get().isConverted()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		if (!rows.convert(completed.customerId(), completed.consultationId().value(), bonus.cents(), now)) {
			return Optional.empty();
		}
		if (bonus.isPositive()) {
			bonuses.payReferralBonus(bonusKey(completed.customerId()), referral.get().mechanic(), bonus,
					"Referral bonus: " + shortName(accounts.customer(completed.customerId()).name())
							+ " completed a first paid consultation",
					now);
		}
		return Optional.of(bonus);
	}

	/** The business key of the referral bonus for a referred customer: one per customer, ever. */
	public static String bonusKey(CustomerId customer) {
		return "customer-" + customer.value();
	}

	@ApplicationModuleListener
	void on(CustomerRegistered registered) {
		attribute(registered.customerId(), registered.referralCode());
	}

	@ApplicationModuleListener
	void on(ConsultationCompleted completed) {
		convert(completed);
	}

	private Referral referral(ReferralRows.Row row) {
		return new Referral(row.id(), row.customer(), shortName(accounts.customer(row.customer()).name()), row.signedUpAt(),
				row.convertedAt(), row.bonusCents() == null ? null : Money.ofCents(row.bonusCents()));
	}

	/** {@code Sam Patel} → {@code Sam P.}: enough for the mechanic to recognise a referral, no more. */
	static String shortName(String name) {
		String[] words = name == null ? new String[0] : name.trim().split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			return "A customer";
		}
		return words.length == 1 ? words[0] : words[0] + " " + words[words.length - 1].substring(0, 1).toUpperCase(Locale.ROOT) + ".";
	}

	private static String newCode() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}
}
