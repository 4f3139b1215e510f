package ca.mechanicplatform.revenue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LineKind;
import ca.mechanicplatform.revenue.RevenueModelKind;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.revenue.TransactionKind;

/**
 * One ledger transaction before it is stored: its entries must sum to zero ({@link #requireBalanced()}), which
 * {@link LedgerRows#post} checks before inserting anything. Entries of $0.00 are left out.
 */
public final class Posting {

	/** One line of the posting; {@code partyId} names the mechanic or workshop of a per-party account. */
	public record Entry(LedgerAccount account, Long partyId, long amountCents, LineKind line, ServiceKind serviceKind,
			RevenueModelKind model) {
	}

	private final String businessKey;
	private final TransactionKind kind;
	private final String description;
	private final Instant occurredAt;
	private final List<Entry> entries = new ArrayList<>();
	private Long reverses;
	private Long saleId;
	private Long paymentId;
	private Long payoutLineId;

	public Posting(String businessKey, TransactionKind kind, String description, Instant occurredAt) {
		this.businessKey = Objects.requireNonNull(businessKey, "businessKey");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.description = Objects.requireNonNull(description, "description");
		this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
	}

	/** Adds an entry on one of the platform's own accounts. */
	public Posting add(LedgerAccount account, long amountCents, LineKind line, ServiceKind service, RevenueModelKind model) {
		if (account.perParty()) {
			throw new IllegalArgumentException(account + " entries must name their party");
		}
		return entry(new Entry(account, null, amountCents, line, service, model));
	}

	/** Adds an entry on a mechanic's or workshop's account. */
	public Posting add(LedgerAccount account, long partyId, long amountCents, LineKind line, ServiceKind service,
			RevenueModelKind model) {
		if (!account.perParty()) {
			throw new IllegalArgumentException(account + " is not a party's account");
		}
		return entry(new Entry(account, partyId, amountCents, line, service, model));
	}

	/** Adds an entry as given (used to negate another transaction's entries). */
	public Posting entry(Entry entry) {
		if (entry.amountCents() != 0) {
			entries.add(entry);
		}
		return this;
	}

	public Posting reverses(long transactionId) {
		this.reverses = transactionId;
		return this;
	}

	public Posting forSale(long id) {
		this.saleId = id;
		return this;
	}

	public Posting forPayment(long id) {
		this.paymentId = id;
		return this;
	}

	public Posting forPayoutLine(long id) {
		this.payoutLineId = id;
		return this;
	}

	/**
	 * @throws IllegalStateException if the posting has no entry or its entries do not sum to zero
	 */
	public void requireBalanced() {
		long sum = 0;
		for (Entry entry : entries) {
			sum = Math.addExact(sum, entry.amountCents());
		}
		if (entries.isEmpty() || sum != 0) {
			throw new IllegalStateException("Unbalanced posting " + businessKey + ": " + entries.size() + " entries summing to "
					+ sum + " cents");
		}
	}

	public String businessKey() {
		return businessKey;
	}

	public TransactionKind kind() {
		return kind;
	}

	public String description() {
		return description;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	public Long reverses() {
		return reverses;
	}

	public Long saleId() {
		return saleId;
	}

	public Long paymentId() {
		return paymentId;
	}

	public Long payoutLineId() {
		return payoutLineId;
	}
}
