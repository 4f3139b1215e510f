package ca.mechanicplatform.revenue;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** Published after a bay or membership fee is charged to a mechanic for a workshop (once per business key). */
public record FeeCharged(String businessKey, TransactionKind kind, MechanicId mechanic, WorkshopId workshop, long amountCents) {
}
