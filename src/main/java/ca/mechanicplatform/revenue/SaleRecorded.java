package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** Published after a sale's split is posted to the ledger (once per business key). */
public record SaleRecorded(long saleId, String businessKey, ServiceKind serviceKind, RevenueModelKind model,
		MechanicId mechanic, WorkshopId workshop, CustomerId customer, long grossCents, long platformFeeCents,
		long workshopCents, long mechanicCents, Instant occurredAt) {
}
