package ca.mechanicplatform.workshops;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/**
 * What the non-compete's modes mean in money for a workshop's employees, shown on a {@link #EXAMPLE_SESSION} session
 * as the document does. Splits follow the platform's order: the platform fee first (half-up to the cent), then the
 * workshop's share of what remains, and the mechanic gets exactly the rest.
 *
 * @param platformFee   the fee on consultations served by workshop employees
 * @param workshopShare the workshop's share of off-shift sessions under a revenue-share agreement
 */
public record OffShiftTerms(Percentage platformFee, Percentage workshopShare) {

	/**
	 * The platform's shipped fee on consultations served by workshop employees (the non-compete document's 5%). The
	 * fee actually charged on a session is the fee rule in force when it is paid.
	 */
	public static final Percentage EMPLOYEE_SESSION_FEE = Percentage.of(5);

	/** The document's example session. */
	public static final Money EXAMPLE_SESSION = Money.ofCents(5_000);

	/** One session's money: who gets what. */
	public record Split(Money gross, Money platform, Money workshop, Money mechanic) {
	}

	/** The terms for a workshop's revenue-share percentage, under the shipped employee fee. */
	public static OffShiftTerms of(int workshopSharePct) {
		return new OffShiftTerms(EMPLOYEE_SESSION_FEE, Percentage.of(workshopSharePct));
	}

	/** On shift: the workshop gets everything after the platform fee; the employee is paid wages by the workshop. */
	public Split onShift() {
		Money fee = EXAMPLE_SESSION.percentOf(platformFee);
		return new Split(EXAMPLE_SESSION, fee, EXAMPLE_SESSION.minus(fee), Money.zero());
	}

	/** Off shift under local exclusion: the mechanic keeps everything after the platform fee. */
	public Split localExclusion() {
		Money fee = EXAMPLE_SESSION.percentOf(platformFee);
		return new Split(EXAMPLE_SESSION, fee, Money.zero(), EXAMPLE_SESSION.minus(fee));
	}

	/** Off shift under a revenue-share agreement: the workshop takes its share of what remains after the fee. */
	public Split revenueShare() {
		Money fee = EXAMPLE_SESSION.percentOf(platformFee);
		Money remainder = EXAMPLE_SESSION.minus(fee);
		Money workshop = remainder.percentOf(workshopShare);
		return new Split(EXAMPLE_SESSION, fee, workshop, remainder.minus(workshop));
	}

	/** The share of a session's price the mechanic keeps off shift under local exclusion, e.g. 95%. */
	public Percentage mechanicKeepsUnderLocalExclusion() {
		return platformFee.complement();
	}

	/** The share of a session's price the mechanic keeps under revenue share, e.g. 66.5% (70% of 95%). */
	public Percentage mechanicKeepsUnderRevenueShare() {
		return Percentage.of(platformFee.complement().value().multiply(workshopShare.complement().value())
			.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
	}
}
