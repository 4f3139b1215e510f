package ca.mechanicplatform.consultations;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.revenue.ConsultationChannel;
import ca.mechanicplatform.revenue.ConsultationPrices;
import ca.mechanicplatform.revenue.RevenueSplits;
import ca.mechanicplatform.revenue.Split;
import ca.mechanicplatform.revenue.SplitRequest;

/**
 * Prices and splits of consultations, from the revenue module: the price list operators edit (chat $15, video $35 by
 * default) and the split under the fee rule in force now for the revenue mode.
 */
@Component
public class ConsultationPricing {

	private final ConsultationPrices prices;
	private final RevenueSplits splits;

	ConsultationPricing(ConsultationPrices prices, RevenueSplits splits) {
		this.prices = prices;
		this.splits = splits;
	}

	/** @return what a consultation of this kind costs the customer now */
	public Money price(ConsultationKind kind) {
		return prices.priceOf(ConsultationChannel.valueOf(kind.name()));
	}

	/** @return the split of {@code gross} for a mechanic in {@code mode}, under the fee rule in force now */
	public ConsultationSplit split(Money gross, RevenueMode mode, Percentage workshopShare) {
		Split split = splits.preview(new SplitRequest(mode.name(), gross.cents(), null,
				mode == RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE ? workshopShare.value() : null, null));
		return new ConsultationSplit(gross, Money.ofCents(split.platformFeeCents()), Money.ofCents(split.workshopCents()),
				Money.ofCents(split.mechanicCents()));
	}
}
