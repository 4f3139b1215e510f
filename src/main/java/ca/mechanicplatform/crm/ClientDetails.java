package ca.mechanicplatform.crm;

import java.util.List;

/** Everything the client page shows: the client, vehicles, notes (newest first), follow-ups and service history. */
public record ClientDetails(Client client, List<ClientVehicle> vehicles, List<ClientNote> notes, List<FollowUp> followUps,
		List<Visit> history) {
}
