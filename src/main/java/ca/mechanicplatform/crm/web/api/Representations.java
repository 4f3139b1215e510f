package ca.mechanicplatform.crm.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ca.mechanicplatform.crm.Client;
import ca.mechanicplatform.crm.ClientDetails;
import ca.mechanicplatform.crm.ClientNote;
import ca.mechanicplatform.crm.ClientPage;
import ca.mechanicplatform.crm.ClientVehicle;
import ca.mechanicplatform.crm.FollowUp;
import ca.mechanicplatform.crm.Visit;

/** What the CRM API returns. Amounts are integer cents (CAD). */
final class Representations {

	private Representations() {
	}

	record ClientView(long id, Long customerId, String name, String email, String phone, String createdFrom, Instant createdAt,
			Instant lastVisitAt, int visitCount, long lifetimeValueCents, List<String> tags) {

		static ClientView of(Client c) {
			return new ClientView(c.id().value(), c.customerId() == null ? null : c.customerId().value(), c.name(), c.email(), c.phone(),
					c.createdFrom().name(), c.createdAt(), c.lastVisitAt(), c.visitCount(), c.lifetimeValue().cents(), c.tags());
		}
	}

	record ClientPageView(List<ClientView> results, int page, int size, long total) {

		static ClientPageView of(ClientPage p) {
			return new ClientPageView(p.results().stream().map(ClientView::of).toList(), p.page(), p.size(), p.total());
		}
	}

	record VehicleView(long id, Integer year, String make, String model, String vin) {

		static VehicleView of(ClientVehicle v) {
			return new VehicleView(v.id(), v.year(), v.make(), v.model(), v.vin());
		}
	}

	record NoteView(long id, String body, Instant createdAt, Instant updatedAt) {

		static NoteView of(ClientNote n) {
			return new NoteView(n.id(), n.body(), n.createdAt(), n.updatedAt());
		}
	}

	record FollowUpView(long id, long clientId, String clientName, LocalDate dueOn, String text, boolean done, Instant doneAt) {

		static FollowUpView of(FollowUp f) {
			return new FollowUpView(f.id(), f.clientId().value(), f.clientName(), f.dueOn(), f.text(), f.isDone(), f.doneAt());
		}
	}

	record VisitView(long id, String kind, String reference, String saleKey, Instant occurredAt, String description, String vehicle,
			long grossCents, long mechanicCents, boolean refunded) {

		static VisitView of(Visit v) {
			return new VisitView(v.id(), v.kind().name(), v.sourceRef(), v.saleKey(), v.occurredAt(), v.description(), v.vehicle(),
					v.gross().cents(), v.mechanic().cents(), v.isRefunded());
		}
	}

	record ClientDetailsView(ClientView client, List<VehicleView> vehicles, List<NoteView> notes, List<FollowUpView> followUps,
			List<VisitView> history) {

		static ClientDetailsView of(ClientDetails d) {
			return new ClientDetailsView(ClientView.of(d.client()), d.vehicles().stream().map(VehicleView::of).toList(),
					d.notes().stream().map(NoteView::of).toList(), d.followUps().stream().map(FollowUpView::of).toList(),
					d.history().stream().map(VisitView::of).toList());
		}
	}

	record NoteBody(String body) {
	}

	record TagBody(String tag) {
	}

	record DoneBody(Boolean done) {
	}
}
