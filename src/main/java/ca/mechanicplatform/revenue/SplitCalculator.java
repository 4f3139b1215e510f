package ca.mechanicplatform.revenue;

import java.math.BigDecimal;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/**
 * Divides a sale in the specification's fixed order, each step rounded half-up to the cent:
 * <ol>
 * <li>platform fee = fee rule × gross;</li>
 * <li>workshop share = its percentage × (gross − platform fee); on shift, the whole remainder;</li>
 * <li>the mechanic gets exactly what remains (under bay rental, less the bay fee, which goes to the workshop).</li>
 * </ol>
 * The parts therefore sum to the gross and no cent is created or lost. Works in {@code long} cents and percentages
 * in millionths of the whole (15% = 150,000), so a split costs a few multiplications and one small object.
 */
public final class SplitCalculator {

	/** 100% in millionths. */
	public static final long WHOLE_PPM = 1_000_000L;

	private SplitCalculator() {
	}

	/**
	 * Splits a sale under a model.
	 *
	 * @param model       the revenue model, with its workshop percentage or bay fee
	 * @param grossCents  what the customer paid, not negative
	 * @param platformFee the fee rule in force
	 * @throws IllegalArgumentException if the gross is negative, or a bay fee exceeds what remains after the platform fee
	 */
	public static Split split(RevenueModel model, long grossCents, Percentage platformFee) {
		return split(model.kind(), grossCents, ppm(platformFee), ppm(model.workshopShare()), model.bayFee().cents());
	}

	/**
	 * Splits a sale from its figures alone (what the preview API and benchmarks use).
	 *
	 * @param kind             the revenue model
	 * @param grossCents       what the customer paid, not negative
	 * @param platformFeePpm   the fee rule in millionths, 0 to 1,000,000
	 * @param workshopSharePpm the workshop's percentage of the remainder in millionths; ignored by models without one
	 * @param bayFeeCents      the bay fee under bay rental; ignored by other models
	 * @throws IllegalArgumentException if an amount is negative or a rate out of range, or a bay fee exceeds what
	 *                                  remains after the platform fee
	 */
	public static Split split(RevenueModelKind kind, long grossCents, long platformFeePpm, long workshopSharePpm,
			long bayFeeCents) {
		if (grossCents < 0) {
			throw new IllegalArgumentException("A sale's gross cannot be negative, was " + grossCents + " cents");
		}
		requireRate(platformFeePpm);
		long fee = share(grossCents, platformFeePpm);
		long remainder = grossCents - fee;
		long sharePpm = 0;
		long workshop = 0;
		long bay = 0;
		switch (kind) {
			case EMPLOYEE_ON_SHIFT -> {
				sharePpm = WHOLE_PPM;
				workshop = remainder;
			}
			case EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, REVENUE_SHARE, MEMBERSHIP -> {
				requireRate(workshopSharePpm);
				sharePpm = workshopSharePpm;
				workshop = share(remainder, workshopSharePpm);
			}
			case BAY_RENTAL -> {
				if (bayFeeCents < 0) {
					throw new IllegalArgumentException("A bay fee cannot be negative, was " + bayFeeCents + " cents");
				}
				if (bayFeeCents > remainder) {
					throw new IllegalArgumentException("The bay fee " + Money.ofCents(bayFeeCents)
							+ " is more than the job leaves after the platform fee (" + Money.ofCents(remainder) + ")");
				}
				bay = bayFeeCents;
			}
			case VIRTUAL_INDEPENDENT, EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION -> {
				// the mechanic keeps the whole remainder
			}
		}
		return new Split(kind, grossCents, platformFeePpm, fee, sharePpm, workshop, bay, remainder - workshop - bay);
	}

	/**
	 * A rate applied to an amount, half-up to the cent: {@code round(amount × ppm / 1,000,000)}.
	 *
	 * @param amountCents not negative, at most about 9.2 × 10^12 cents
	 * @param ppm         0 to 1,000,000
	 * @throws ArithmeticException if the product overflows
	 */
	public static long share(long amountCents, long ppm) {
		return (Math.addExact(Math.multiplyExact(amountCents, ppm), WHOLE_PPM / 2)) / WHOLE_PPM;
	}

	/** A percentage as millionths of the whole: 15% is 150,000, 12.3456% is 123,456. */
	public static long ppm(Percentage percentage) {
		return percentage.value().movePointRight(4).longValueExact();
	}

	/** Millionths of the whole back as a percentage. */
	public static Percentage percentage(long ppm) {
		return Percentage.of(BigDecimal.valueOf(ppm, 4));
	}

	private static void requireRate(long ppm) {
		if (ppm < 0 || ppm > WHOLE_PPM) {
			throw new IllegalArgumentException("A rate must be between 0% and 100%, was " + BigDecimal.valueOf(ppm, 4) + "%");
		}
	}
}
