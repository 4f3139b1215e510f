package ca.mechanicplatform.bookings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.revenue.BayFee;
import ca.mechanicplatform.revenue.FeeRules;
import ca.mechanicplatform.revenue.PaymentRequest;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.RevenueModelKind;
import ca.mechanicplatform.revenue.Sale;

/**
 * Records a completed booking's money in revenue, under the partnership's model, idempotently by the booking: the
 * customer's payment for the job ({@code bay-booking:<id>:payment}) and its sale ({@code bay-booking:<id>}) split
 * with the program's terms; under bay rental the bay fee for the booked time, inside the sale when the job leaves
 * enough after the platform fee to pay it, otherwise (or without a job) charged on its own ({@code bay-booking-<id>}).
 */
@Component
class JobCompletion {

	record Outcome(String saleKey, Money bayFee) {
	}

	private final Payments payments;
	private final Revenue revenue;
	private final FeeRules feeRules;

	JobCompletion(Payments payments, Revenue revenue, FeeRules feeRules) {
		this.payments = payments;
		this.revenue = revenue;
		this.feeRules = feeRules;
	}

	Outcome record(Booking booking, Partnership partnership, Job job, Instant now) {
		Money bayFee = switch (partnership.type()) {
			case BAY_RENTAL -> bayFee(partnership.hourlyRate(), partnership.dailyRate(), booking.length());
			default -> null;
		};
		String saleKey = null;
		boolean bayFeeInSale = false;
		if (job != null) {
			saleKey = "bay-booking:" + booking.id();
			String description = "Workshop job at " + booking.workshopName() + ": " + clip(job.description(), 200);
			String paymentKey = saleKey + ":payment";
			payments.capture(new PaymentRequest(paymentKey, job.customerId(), job.gross(), description, now));
			RevenueModel model = switch (partnership.type()) {
				case BAY_RENTAL -> {
					bayFeeInSale = fits(job.gross(), bayFee, now);
					yield new RevenueModel.BayRental(booking.workshopId(), bayFeeInSale ? bayFee : Money.zero());
				}
				case REVENUE_SHARE -> new RevenueModel.RevenueShare(booking.workshopId(), partnership.workshopShare());
				case MEMBERSHIP -> new RevenueModel.Membership(booking.workshopId(), partnership.workshopShare());
			};
			revenue.recordSale(new Sale(saleKey, model, job.gross(), booking.mechanicId(), job.customerId(), now, description,
					paymentKey));
		}
		if (bayFee != null && bayFee.isPositive() && !bayFeeInSale) {
			revenue.chargeBayFee(new BayFee("bay-booking-" + booking.id(), booking.mechanicId(), booking.workshopId(), bayFee, now,
					"Bay fee: " + booking.bayName() + ", " + BookingCalendar.show(booking.interval(), booking.zone())));
		}
		return new Outcome(saleKey, bayFee);
	}

	java.util.Optional<ca.mechanicplatform.revenue.Split> split(String saleKey) {
		return revenue.sale(saleKey).map(ca.mechanicplatform.revenue.RecordedSale::split);
	}

	/** Whether the job leaves enough after the platform fee to pay the bay fee out of it. */
	private boolean fits(Money gross, Money bayFee, Instant now) {
		var rule = feeRules.inForce(RevenueModelKind.BAY_RENTAL.serviceKind(), RevenueModelKind.BAY_RENTAL.relationship(), now);
		// The platform fee as the split computes it: the rule times the gross, half-up to the cent.
		Money remainder = gross.minus(gross.percentOf(rule.percentage()));
		return !bayFee.isGreaterThan(remainder);
	}

	/**
	 * The bay fee for a booked time: the hourly rate per minute booked (half-up to the cent), or the daily rate per
	 * started 24 hours, whichever is less for the mechanic when the program has both; $0.00 with neither. The booked
	 * time is real elapsed time, so a booking across a daylight-saving change pays for the hours it really lasted.
	 */
	static Money bayFee(Money hourlyRate, Money dailyRate, Duration booked) {
		long minutes = booked.toMinutes();
		Money byHour = hourlyRate == null ? null : Money.ofCents(BigDecimal.valueOf(hourlyRate.cents()).multiply(BigDecimal.valueOf(minutes))
			.divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact());
		Money byDay = dailyRate == null ? null : dailyRate.times((minutes + 1439) / 1440);
		if (byHour == null && byDay == null) {
			return Money.zero();
		}
		if (byHour == null) {
			return byDay;
		}
		if (byDay == null) {
			return byHour;
		}
		return byDay.isLessThan(byHour) ? byDay : byHour;
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
