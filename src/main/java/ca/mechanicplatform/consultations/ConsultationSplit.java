package ca.mechanicplatform.consultations;

import java.util.Objects;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/**
 * How a consultation's price is divided: the platform fee, the workshop's part and the mechanic's part, which always
 * sum exactly to the gross.
 *
 * @param gross       what the customer pays
 * @param platformFee the platform's fee
 * @param workshop    the workshop's part ($0.00 unless the mode involves a workshop)
 * @param mechanic    the mechanic's part
 */
public record ConsultationSplit(Money gross, Money platformFee, Money workshop, Money mechanic) {

	/** @throws IllegalArgumentException if the parts do not sum to the gross */
	public ConsultationSplit {
		Objects.requireNonNull(gross, "gross");
		if (!platformFee.plus(workshop).plus(mechanic).equals(gross)) {
			throw new IllegalArgumentException("The parts of a split must sum to the gross " + gross);
		}
	}

	/**
	 * Splits a gross in SPEC's fixed order, each step rounded half-up to the cent: the platform fee is its rate of the
	 * gross; the workshop gets everything else on shift, its share of the remainder under revenue share, and nothing
	 * otherwise; the mechanic gets exactly what is left.
	 *
	 * @param gross         what the customer pays
	 * @param platformRate  the platform fee rate
	 * @param mode          the revenue mode in force
	 * @param workshopShare the workshop's share of the remainder under revenue share; ignored in other modes
	 * @return the split
	 */
	public static ConsultationSplit of(Money gross, Percentage platformRate, RevenueMode mode, Percentage workshopShare) {
		Money fee = gross.percentOf(platformRate);
		Money remainder = gross.minus(fee);
		Money workshop = switch (mode) {
			case EMPLOYEE_ON_SHIFT -> remainder;
			case EMPLOYEE_OFF_SHIFT_REVENUE_SHARE -> remainder.percentOf(Objects.requireNonNull(workshopShare, "workshopShare"));
			case VIRTUAL_INDEPENDENT, EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION -> Money.zero();
		};
		return new ConsultationSplit(gross, fee, workshop, remainder.minus(workshop));
	}
}
