package ca.mechanicplatform.crm;

import java.time.Instant;
import java.util.List;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;

/**
 * A client of one mechanic.
 *
 * @param customerId    the platform customer, or {@code null} for someone who is not on the platform
 * @param lastVisitAt   the latest completed consultation or job, or {@code null}
 * @param lifetimeValue what the client has paid for the mechanic's completed work (refunded visits excluded)
 * @param tags          lower-case tags, alphabetical
 */
public record Client(ClientId id, MechanicId mechanicId, CustomerId customerId, String name, String email, String phone,
		ClientSource createdFrom, Instant createdAt, Instant updatedAt, Instant lastVisitAt, int visitCount, Money lifetimeValue,
		List<String> tags) {

	public Client withTags(List<String> tags) {
		return new Client(id, mechanicId, customerId, name, email, phone, createdFrom, createdAt, updatedAt, lastVisitAt, visitCount,
				lifetimeValue, List.copyOf(tags));
	}
}
