package ca.mechanicplatform.consultations;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/**
 * The consultation price list and platform fee rates: chat $15.00 and video $35.00 (SPEC "Money"); a platform fee of
 * 15% on consultations served by independent mechanics and 5% on those served by workshop employees (the non-compete
 * document's worked examples).
 */
@Component
public class ConsultationPrices {

	static final Money CHAT = Money.ofCents(15_00);
	static final Money VIDEO = Money.ofCents(35_00);
	static final Percentage INDEPENDENT_FEE = Percentage.of(15);
	static final Percentage EMPLOYEE_FEE = Percentage.of(5);

	/** @return what a consultation of this kind costs the customer */
	public Money price(ConsultationKind kind) {
		return kind == ConsultationKind.VIDEO ? VIDEO : CHAT;
	}

	/** @return the platform fee rate for a consultation taken in this mode */
	public Percentage platformFee(RevenueMode mode) {
		return mode == RevenueMode.VIRTUAL_INDEPENDENT ? INDEPENDENT_FEE : EMPLOYEE_FEE;
	}

	/** @return the split of {@code gross} for a mechanic in {@code mode} */
	public ConsultationSplit split(Money gross, RevenueMode mode, Percentage workshopShare) {
		return ConsultationSplit.of(gross, platformFee(mode), mode, workshopShare);
	}
}
