package ca.mechanicplatform.revenue;

import java.math.BigDecimal;

/**
 * A split to preview, as the calculate endpoint receives it. Every field is checked by {@link RevenueSplits#preview}.
 *
 * @param model                one of {@link RevenueModelKind}'s names
 * @param grossCents           what the customer pays, in cents
 * @param platformFeePercent   optional; the fee rule in force for the model when absent
 * @param workshopSharePercent the workshop's percentage of the remainder, for the models that have one
 * @param bayFeeCents          the bay fee, for {@code BAY_RENTAL}
 */
public record SplitRequest(String model, Long grossCents, BigDecimal platformFeePercent, BigDecimal workshopSharePercent,
		Long bayFeeCents) {
}
