package ca.mechanicplatform.revenue;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditEntry;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.internal.PriceRows;

/**
 * The consultation price list (chat $15 and video $35 by default), which operators edit; every change is audited with
 * the price before and after.
 */
@Service
public class ConsultationPrices {

	static final String AUDIT_SUBJECT = "consultation-prices/";
	static final Money MAX_PRICE = Money.ofCents(100_000);

	private final PriceRows prices;
	private final AuditLog audit;
	private final AccountingCalendar calendar;

	ConsultationPrices(PriceRows prices, AuditLog audit, AccountingCalendar calendar) {
		this.prices = prices;
		this.audit = audit;
		this.calendar = calendar;
	}

	/** Every channel's price, chat first. */
	public List<ConsultationPrice> all() {
		return prices.all();
	}

	/** What a customer pays for a consultation held over {@code channel}. */
	public Money priceOf(ConsultationChannel channel) {
		return prices.find(channel).map(ConsultationPrice::price)
			.orElseThrow(() -> new IllegalStateException("No price for " + channel));
	}

	/** The audit trail of price changes, newest first. */
	public List<AuditEntry> auditTrail() {
		return audit.history(AUDIT_SUBJECT, 50);
	}

	/**
	 * Sets both prices; a price that did not change is left alone and not audited.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming each price at fault; nothing is changed
	 */
	@Transactional
	public void update(UserId operator, PriceListForm form) {
		InputCheck check = new InputCheck();
		Money chat = price(check, "chat", form.chat());
		Money video = price(check, "video", form.video());
		check.throwIfInvalid();
		change(operator, ConsultationChannel.CHAT, chat);
		change(operator, ConsultationChannel.VIDEO, video);
	}

	private void change(UserId operator, ConsultationChannel channel, Money price) {
		Money before = priceOf(channel);
		if (before.equals(price)) {
			return;
		}
		prices.update(channel, price, operator, calendar.now());
		audit.record(operator, "consultation-price.changed", AUDIT_SUBJECT + channel, before.toString(), price.toString());
	}

	private static Money price(InputCheck check, String field, String typed) {
		Money price = check.parse(field, typed, Money::ofDollars);
		check.require(price == null || price.isPositive(), field, "A price must be more than $0.00");
		check.require(price == null || !price.isGreaterThan(MAX_PRICE), field, "A price must be at most " + MAX_PRICE);
		return price;
	}
}
