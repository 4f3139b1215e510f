package ca.mechanicplatform.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/**
 * A sale's money divided among the platform, the workshop and the mechanic, to the cent. The parts always sum to
 * the gross: {@code platformFee + workshopShare + bayFee + mechanic == gross}, and none is negative.
 *
 * @param kind               the revenue model
 * @param grossCents         what the customer paid
 * @param platformFeePpm     the platform fee rule, in millionths of the gross (150,000 = 15%)
 * @param platformFeeCents   the platform fee: the rule times the gross, half-up to the cent
 * @param workshopSharePpm   the workshop's percentage of the remainder, in millionths (0 without one)
 * @param workshopShareCents the workshop's percentage of (gross − platform fee), half-up; on shift, the whole remainder
 * @param bayFeeCents        under bay rental, the bay fee moved from the mechanic to the workshop; otherwise 0
 * @param mechanicCents      what the mechanic keeps: exactly what is left
 */
public record Split(RevenueModelKind kind, long grossCents, long platformFeePpm, long platformFeeCents,
		long workshopSharePpm, long workshopShareCents, long bayFeeCents, long mechanicCents) {

	/** Everything the workshop receives: its share plus any bay fee. */
	public long workshopCents() {
		return workshopShareCents + bayFeeCents;
	}

	/** What remains after the platform fee, before the workshop's part. */
	public long remainderCents() {
		return grossCents - platformFeeCents;
	}

	/** What the mechanic earns from the job before paying the bay fee. */
	public long mechanicShareCents() {
		return mechanicCents + bayFeeCents;
	}

	public Percentage platformFee() {
		return SplitCalculator.percentage(platformFeePpm);
	}

	public Percentage workshopShare() {
		return SplitCalculator.percentage(workshopSharePpm);
	}

	/** The computation step by step, in the specification's order, each with its figures. */
	public List<SplitLine> lines() {
		List<SplitLine> lines = new ArrayList<>(6);
		lines.add(new SplitLine("GROSS", "CUSTOMER", grossCents, "The customer pays " + money(grossCents) + "."));
		lines.add(new SplitLine("PLATFORM_FEE", "PLATFORM", platformFeeCents, "Platform fee: " + platformFee() + " of "
				+ money(grossCents) + " = " + money(platformFeeCents) + exactness(grossCents, platformFeePpm, platformFeeCents)));
		lines.add(new SplitLine("REMAINDER", null, remainderCents(), "Remainder after the platform fee: "
				+ money(grossCents) + " − " + money(platformFeeCents) + " = " + money(remainderCents()) + "."));
		switch (kind) {
			case VIRTUAL_INDEPENDENT -> lines.add(mechanicGetsRemainder("The mechanic keeps the remainder: "));
			case EMPLOYEE_ON_SHIFT -> {
				lines.add(new SplitLine("WORKSHOP_SHARE", "WORKSHOP", workshopShareCents,
						"The employee was on shift, so the workshop gets the remainder: " + money(workshopShareCents) + "."));
				lines.add(new SplitLine("MECHANIC_SHARE", "MECHANIC", mechanicCents,
						"The mechanic gets " + money(mechanicCents) + " (the workshop pays their wages)."));
			}
			case EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION -> {
				lines.add(new SplitLine("WORKSHOP_SHARE", "WORKSHOP", 0,
						"Off shift under local exclusion the workshop takes no share; its local customers are protected instead."));
				lines.add(mechanicGetsRemainder("The mechanic keeps the remainder: "));
			}
			case EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, REVENUE_SHARE, MEMBERSHIP -> {
				lines.add(new SplitLine("WORKSHOP_SHARE", "WORKSHOP", workshopShareCents, "Workshop share: " + workshopShare()
						+ " of " + money(remainderCents()) + " = " + money(workshopShareCents)
						+ exactness(remainderCents(), workshopSharePpm, workshopShareCents)));
				lines.add(new SplitLine("MECHANIC_SHARE", "MECHANIC", mechanicCents, "The mechanic gets the rest: "
						+ money(remainderCents()) + " − " + money(workshopShareCents) + " = " + money(mechanicCents)
						+ (kind == RevenueModelKind.MEMBERSHIP ? ". The monthly membership fee is charged separately." : ".")));
			}
			case BAY_RENTAL -> {
				lines.add(new SplitLine("MECHANIC_SHARE", "MECHANIC", mechanicShareCents(),
						"Under bay rental the mechanic keeps 100% of the remainder: " + money(mechanicShareCents()) + "."));
				lines.add(new SplitLine("BAY_FEE", "WORKSHOP", bayFeeCents, "Bay fee for the booked time, moved from the mechanic "
						+ "to the workshop: " + money(bayFeeCents) + "."));
				lines.add(new SplitLine("MECHANIC_NET", "MECHANIC", mechanicCents, "The mechanic keeps after the bay fee: "
						+ money(mechanicShareCents()) + " − " + money(bayFeeCents) + " = " + money(mechanicCents) + "."));
			}
		}
		return List.copyOf(lines);
	}

	private SplitLine mechanicGetsRemainder(String words) {
		return new SplitLine("MECHANIC_SHARE", "MECHANIC", mechanicCents, words + money(mechanicCents) + ".");
	}

	/** Says how the share was rounded when the exact figure had fractions of a cent. */
	private static String exactness(long base, long ppm, long rounded) {
		BigDecimal exact = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(ppm)).movePointLeft(6);
		if (exact.stripTrailingZeros().scale() <= 0) {
			return ".";
		}
		return " (exactly " + exact.movePointLeft(2).stripTrailingZeros().toPlainString() + " dollars, rounded half-up to "
				+ money(rounded) + ").";
	}

	private static String money(long cents) {
		return Money.ofCents(cents).toString();
	}
}
