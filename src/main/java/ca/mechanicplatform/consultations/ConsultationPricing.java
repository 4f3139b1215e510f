package ca.mechanicplatform.consultations;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.revenue.ConsultationChannel;
import ca.mechanicplatform.revenue.ConsultationPrices;
import ca.mechanicplatform.revenue.FeeRules;
import ca.mechanicplatform.revenue.RevenueModelKind;
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
	private final FeeRules feeRules;

	ConsultationPricing(ConsultationPrices prices, RevenueSplits splits, FeeRules feeRules) {
		this.prices = prices;
		this.splits = splits;
		this.feeRules = feeRules;
	}

	/** @return what a consultation of this kind costs the customer now */
	public Money price(ConsultationKind kind) {
		return prices.priceOf(ConsultationChannel.valueOf(kind.name()));
	}

	/** @return the split of {@code gross} for a mechanic in {@code mode}, under the fee rule in force now */
	public ConsultationSplit split(Money gross, RevenueMode mode, Percentage workshopShare) {
		return split(gross, mode, workshopShare, null);
	}

	/**
	 * The splits of a page of requests for a mechanic in {@code mode}: the fee rule in force now is read once, and each
	 * price is split once (a page has one or two prices: chat and video).
	 */
	public Function<Money, ConsultationSplit> splitsFor(RevenueMode mode, Percentage workshopShare) {
		RevenueModelKind kind = RevenueModelKind.fromName(mode.name())
			.orElseThrow(() -> new IllegalStateException("No revenue model for " + mode));
		BigDecimal fee = feeRules.inForce(kind).percentage().value();
		Map<Money, ConsultationSplit> page = new HashMap<>();
		return gross -> page.computeIfAbsent(gross, price -> split(price, mode, workshopShare, fee));
	}

	private ConsultationSplit split(Money gross, RevenueMode mode, Percentage workshopShare, BigDecimal platformFeePercent) {
		Split split = splits.preview(new SplitRequest(mode.name(), gross.cents(), platformFeePercent,
				mode == RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE ? workshopShare.value() : null, null));
		return new ConsultationSplit(gross, Money.ofCents(split.platformFeeCents()), Money.ofCents(split.workshopCents()),
				Money.ofCents(split.mechanicCents()));
	}
}
