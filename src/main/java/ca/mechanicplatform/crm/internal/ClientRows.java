package ca.mechanicplatform.crm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.crm.Client;
import ca.mechanicplatform.crm.ClientId;
import ca.mechanicplatform.crm.ClientNote;
import ca.mechanicplatform.crm.ClientSource;
import ca.mechanicplatform.crm.ClientVehicle;
import ca.mechanicplatform.crm.FollowUp;
import ca.mechanicplatform.crm.Visit;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;

/**
 * The CRM tables ({@code clients} and its vehicles, notes, tags, follow-ups and visits). Every query that reads or
 * changes a client names its mechanic, so one mechanic's id can never reach another's client.
 */
@Repository
public class ClientRows {

	/** Search criteria, already checked; patterns are lower-case {@code LIKE} patterns or {@code null}. */
	public record Criteria(long mechanicId, String namePattern, String vehiclePattern, String tag, Instant lastVisitFrom,
			Instant lastVisitUntil, Long minLifetimeValueCents, String sort, int offset, int limit) {
	}

	/** A visit to add to the history. */
	public record NewVisit(long clientId, long mechanicId, ClientSource kind, String sourceRef, Long saleId, String saleKey,
			Instant occurredAt, String description, String vehicle, long grossCents, long mechanicCents) {
	}

	private static final String CLIENT = """
			SELECT c.id, c.mechanic_id, c.customer_id, c.name, c.email, c.phone, c.created_from, c.created_at, c.updated_at,
			       c.last_visit_at, c.visit_count, c.lifetime_value_cents
			FROM clients c
			""";

	private final JdbcClient jdbc;

	ClientRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- clients -------------------------------------------------------------------------------------------------

	public long insert(long mechanicId, CustomerId customer, String name, String email, String phone, ClientSource source,
			Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO clients (mechanic_id, customer_id, name, email, phone, created_from, created_at, updated_at, search_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mechanicId, customer == null ? null : customer.value(), name, email, phone, source.name(), SqlTime.of(at),
					SqlTime.of(at), clientText(name, email, phone))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A client row and whether this call created it. */
	public record Inserted(long id, boolean created) {
	}

	/** Inserts the platform customer's client unless the mechanic already has one (even one inserted concurrently). */
	public Inserted insertForCustomer(long mechanicId, CustomerId customer, String name, String email, String phone,
			ClientSource source, Instant at) {
		int created = jdbc.sql("""
				INSERT INTO clients (mechanic_id, customer_id, name, email, phone, created_from, created_at, updated_at, search_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(mechanicId, customer.value(), name, email, phone, source.name(), SqlTime.of(at), SqlTime.of(at),
					clientText(name, email, phone)).update();
		return new Inserted(byCustomer(mechanicId, customer).orElseThrow(), created == 1);
	}

	public Optional<Long> byCustomer(long mechanicId, CustomerId customer) {
		return jdbc.sql("SELECT id FROM clients WHERE mechanic_id = ? AND customer_id = ?").params(mechanicId, customer.value())
			.query(Long.class).optional();
	}

	/** A client not linked to a platform customer, by e-mail address (case-insensitive). */
	public Optional<Long> unlinkedByEmail(long mechanicId, String email) {
		return jdbc.sql("""
				SELECT id FROM clients WHERE mechanic_id = ? AND customer_id IS NULL AND LOWER(email) = ?
				ORDER BY id FETCH FIRST 1 ROWS ONLY""").params(mechanicId, email.toLowerCase(java.util.Locale.ROOT))
			.query(Long.class).optional();
	}

	/** A client not linked to a platform customer, by name (case-insensitive). */
	public Optional<Long> unlinkedByName(long mechanicId, String name) {
		return jdbc.sql("""
				SELECT id FROM clients WHERE mechanic_id = ? AND customer_id IS NULL AND LOWER(name) = ?
				ORDER BY id FETCH FIRST 1 ROWS ONLY""").params(mechanicId, name.toLowerCase(java.util.Locale.ROOT))
			.query(Long.class).optional();
	}

	/** Links a hand-made client to the platform customer, unless the mechanic already has that customer's client. */
	public boolean link(long clientId, CustomerId customer) {
		return jdbc.sql("""
				UPDATE clients SET customer_id = ? WHERE id = ? AND customer_id IS NULL
				AND NOT EXISTS (SELECT 1 FROM clients o WHERE o.mechanic_id = clients.mechanic_id AND o.customer_id = ?)""")
			.params(customer.value(), clientId, customer.value()).update() == 1;
	}

	public Optional<Client> find(long mechanicId, long clientId) {
		return jdbc.sql(CLIENT + " WHERE c.id = ? AND c.mechanic_id = ?").params(clientId, mechanicId).query(ClientRows::client)
			.optional().map(c -> c.withTags(tags(c.id().value())));
	}

	public boolean update(long mechanicId, long clientId, String name, String email, String phone, Instant at) {
		return jdbc.sql("UPDATE clients SET name = ?, email = ?, phone = ?, updated_at = ?, search_text = ? WHERE id = ? AND mechanic_id = ?")
			.params(name, email, phone, SqlTime.of(at), clientText(name, email, phone), clientId, mechanicId).update() == 1;
	}

	public boolean delete(long mechanicId, long clientId) {
		return jdbc.sql("DELETE FROM clients WHERE id = ? AND mechanic_id = ?").params(clientId, mechanicId).update() == 1;
	}

	public long count(long mechanicId) {
		return jdbc.sql("SELECT COUNT(*) FROM clients WHERE mechanic_id = ?").param(mechanicId).query(Long.class).single();
	}

	/** One page of the mechanic's clients matching the criteria, with their tags, and how many match in all. */
	public record Found(List<Client> clients, long total) {
	}

	public Found search(Criteria c) {
		StringBuilder where = new StringBuilder(" WHERE c.mechanic_id = :mechanic");
		Map<String, Object> params = new HashMap<>();
		params.put("mechanic", c.mechanicId());
		if (c.namePattern() != null) {
			where.append(" AND c.search_text LIKE :name");
			params.put("name", c.namePattern());
		}
		if (c.vehiclePattern() != null) {
			where.append(" AND c.id IN (SELECT v.client_id FROM client_vehicles v WHERE v.mechanic_id = :mechanic AND v.search_text LIKE :vehicle)");
			params.put("vehicle", c.vehiclePattern());
		}
		if (c.tag() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND t.tag = :tag)");
			params.put("tag", c.tag());
		}
		if (c.lastVisitFrom() != null) {
			where.append(" AND c.last_visit_at >= :lastVisitFrom");
			params.put("lastVisitFrom", SqlTime.of(c.lastVisitFrom()));
		}
		if (c.lastVisitUntil() != null) {
			where.append(" AND c.last_visit_at < :lastVisitUntil");
			params.put("lastVisitUntil", SqlTime.of(c.lastVisitUntil()));
		}
		if (c.minLifetimeValueCents() != null) {
			where.append(" AND c.lifetime_value_cents >= :minValue");
			params.put("minValue", c.minLifetimeValueCents());
		}
		String order = switch (c.sort()) {
			case "name" -> " ORDER BY LOWER(c.name), c.id";
			case "value" -> " ORDER BY c.lifetime_value_cents DESC, c.id DESC";
			default -> " ORDER BY c.last_visit_at DESC NULLS LAST, c.id DESC";
		};
		long total = jdbc.sql("SELECT COUNT(*) FROM clients c" + where).params(params).query(Long.class).single();
		if (total == 0 || c.offset() >= total) {
			return new Found(List.of(), total);
		}
		List<Client> page = jdbc.sql(CLIENT + where + order + " OFFSET " + c.offset() + " ROWS FETCH NEXT " + c.limit() + " ROWS ONLY")
			.params(params).query(ClientRows::client).list();
		Map<Long, List<String>> tags = tagsOf(page.stream().map(x -> x.id().value()).toList());
		return new Found(page.stream().map(x -> x.withTags(tags.getOrDefault(x.id().value(), List.of()))).toList(), total);
	}

	private static Client client(ResultSet rs, int n) throws SQLException {
		long customerId = rs.getLong("customer_id");
		CustomerId customer = rs.wasNull() ? null : new CustomerId(customerId);
		return new Client(new ClientId(rs.getLong("id")), new MechanicId(rs.getLong("mechanic_id")), customer, rs.getString("name"), rs.getString("email"), rs.getString("phone"),
				ClientSource.valueOf(rs.getString("created_from")), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"),
				SqlTime.instant(rs, "last_visit_at"), rs.getInt("visit_count"), Money.ofCents(rs.getLong("lifetime_value_cents")),
				List.of());
	}

	/** What a name, e-mail or phone search matches: the three in lower case. */
	static String clientText(String name, String email, String phone) {
		return (name + " " + (email == null ? "" : email) + " " + (phone == null ? "" : phone)).toLowerCase(java.util.Locale.ROOT);
	}

	/** What a vehicle search matches: "2016 honda civic 1hg..." in lower case. */
	static String vehicleText(Integer year, String make, String model, String vin) {
		return ((year == null ? "" : year.toString()) + " " + (make == null ? "" : make) + " " + model + " " + (vin == null ? "" : vin))
			.toLowerCase(java.util.Locale.ROOT);
	}

	// --- tags ----------------------------------------------------------------------------------------------------

	public List<String> tags(long clientId) {
		return jdbc.sql("SELECT tag FROM client_tags WHERE client_id = ? ORDER BY tag").param(clientId).query(String.class).list();
	}

	private Map<Long, List<String>> tagsOf(Collection<Long> clientIds) {
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		if (clientIds.isEmpty()) {
			return tags;
		}
		jdbc.sql("SELECT client_id, tag FROM client_tags WHERE client_id IN (:ids) ORDER BY tag").param("ids", clientIds)
			.query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
		return tags;
	}

	/** Every tag the mechanic uses, alphabetical. */
	public List<String> tagsOfMechanic(long mechanicId) {
		return jdbc.sql("""
				SELECT DISTINCT t.tag FROM client_tags t JOIN clients c ON c.id = t.client_id WHERE c.mechanic_id = ? ORDER BY t.tag""")
			.param(mechanicId).query(String.class).list();
	}

	public void addTag(long clientId, String tag) {
		jdbc.sql("INSERT INTO client_tags (client_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING").params(clientId, tag).update();
	}

	public boolean removeTag(long clientId, String tag) {
		return jdbc.sql("DELETE FROM client_tags WHERE client_id = ? AND tag = ?").params(clientId, tag).update() == 1;
	}

	// --- vehicles ------------------------------------------------------------------------------------------------

	public List<ClientVehicle> vehicles(long clientId) {
		return jdbc.sql("SELECT * FROM client_vehicles WHERE client_id = ? ORDER BY id").param(clientId)
			.query((rs, n) -> {
				int modelYear = rs.getInt("model_year");
				Integer year = rs.wasNull() ? null : modelYear;
				return new ClientVehicle(rs.getLong("id"), year, rs.getString("make"), rs.getString("model"),
						rs.getString("vin"), SqlTime.instant(rs, "created_at"));
			}).list();
	}

	public long addVehicle(long mechanicId, long clientId, Integer year, String make, String model, String vin, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO client_vehicles (mechanic_id, client_id, model_year, make, model, vin, created_at, search_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mechanicId, clientId, year, make, model, vin, SqlTime.of(at), vehicleText(year, make, model, vin)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public boolean updateVehicle(long clientId, long vehicleId, Integer year, String make, String model, String vin) {
		return jdbc.sql("UPDATE client_vehicles SET model_year = ?, make = ?, model = ?, vin = ?, search_text = ? WHERE id = ? AND client_id = ?")
			.params(year, make, model, vin, vehicleText(year, make, model, vin), vehicleId, clientId).update() == 1;
	}

	public boolean deleteVehicle(long clientId, long vehicleId) {
		return jdbc.sql("DELETE FROM client_vehicles WHERE id = ? AND client_id = ?").params(vehicleId, clientId).update() == 1;
	}

	// --- notes ---------------------------------------------------------------------------------------------------

	public List<ClientNote> notes(long clientId) {
		return jdbc.sql("SELECT * FROM client_notes WHERE client_id = ? ORDER BY created_at DESC, id DESC").param(clientId)
			.query((rs, n) -> new ClientNote(rs.getLong("id"), rs.getString("body"), SqlTime.instant(rs, "created_at"),
					SqlTime.instant(rs, "updated_at"))).list();
	}

	public long addNote(long clientId, String body, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO client_notes (client_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)")
			.params(clientId, body, SqlTime.of(at), SqlTime.of(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public boolean editNote(long clientId, long noteId, String body, Instant at) {
		return jdbc.sql("UPDATE client_notes SET body = ?, updated_at = ? WHERE id = ? AND client_id = ?")
			.params(body, SqlTime.of(at), noteId, clientId).update() == 1;
	}

	public boolean deleteNote(long clientId, long noteId) {
		return jdbc.sql("DELETE FROM client_notes WHERE id = ? AND client_id = ?").params(noteId, clientId).update() == 1;
	}

	// --- follow-ups ----------------------------------------------------------------------------------------------

	private static final String FOLLOW_UP = """
			SELECT f.id, f.client_id, c.name AS client_name, f.due_on, f.body, f.created_at, f.done_at
			FROM client_follow_ups f JOIN clients c ON c.id = f.client_id
			""";

	private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
		return new FollowUp(rs.getLong("id"), new ClientId(rs.getLong("client_id")), rs.getString("client_name"),
				rs.getObject("due_on", LocalDate.class), rs.getString("body"), SqlTime.instant(rs, "created_at"),
				SqlTime.instant(rs, "done_at"));
	}

	public List<FollowUp> followUps(long clientId) {
		return jdbc.sql(FOLLOW_UP + " WHERE f.client_id = ? ORDER BY f.done_at NULLS FIRST, f.due_on, f.id").param(clientId)
			.query(ClientRows::followUp).list();
	}

	/** The mechanic's open follow-ups due on or before {@code day}, oldest due first. */
	public List<FollowUp> dueBy(long mechanicId, LocalDate day, int limit) {
		return jdbc.sql(FOLLOW_UP + " WHERE f.mechanic_id = ? AND f.done_at IS NULL AND f.due_on <= ? ORDER BY f.due_on, f.id"
				+ " FETCH FIRST " + limit + " ROWS ONLY").params(mechanicId, day).query(ClientRows::followUp).list();
	}

	public Optional<FollowUp> followUp(long clientId, long followUpId) {
		return jdbc.sql(FOLLOW_UP + " WHERE f.id = ? AND f.client_id = ?").params(followUpId, clientId).query(ClientRows::followUp)
			.optional();
	}

	public long addFollowUp(long clientId, long mechanicId, LocalDate dueOn, String body, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO client_follow_ups (client_id, mechanic_id, due_on, body, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(clientId, mechanicId, dueOn, body, SqlTime.of(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public boolean updateFollowUp(long clientId, long followUpId, LocalDate dueOn, String body) {
		return jdbc.sql("UPDATE client_follow_ups SET due_on = ?, body = ? WHERE id = ? AND client_id = ?")
			.params(dueOn, body, followUpId, clientId).update() == 1;
	}

	/** Marks it done (or open again); false when it does not exist. */
	public boolean markDone(long clientId, long followUpId, Instant doneAt) {
		return jdbc.sql("UPDATE client_follow_ups SET done_at = ? WHERE id = ? AND client_id = ?")
			.params(SqlTime.of(doneAt), followUpId, clientId).update() == 1;
	}

	public boolean deleteFollowUp(long clientId, long followUpId) {
		return jdbc.sql("DELETE FROM client_follow_ups WHERE id = ? AND client_id = ?").params(followUpId, clientId).update() == 1;
	}

	// --- visits --------------------------------------------------------------------------------------------------

	public boolean hasVisit(long mechanicId, String sourceRef) {
		return jdbc.sql("SELECT COUNT(*) FROM client_visits WHERE mechanic_id = ? AND source_ref = ?").params(mechanicId, sourceRef)
			.query(Long.class).single() > 0;
	}

	/**
	 * Adds the visit and counts it on its client, once: a second delivery of the same completion (even concurrently:
	 * the unique constraint makes it wait for the first) inserts nothing and counts nothing.
	 *
	 * @return whether this call added it
	 */
	public boolean addVisit(NewVisit v) {
		var keys = new GeneratedKeyHolder();
		int inserted = jdbc.sql("""
				INSERT INTO client_visits (client_id, mechanic_id, source_kind, source_ref, sale_id, sale_key, occurred_at, description,
				                           vehicle, gross_cents, mechanic_cents)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(v.clientId(), v.mechanicId(), v.kind().name(), v.sourceRef(), v.saleId(), v.saleKey(), SqlTime.of(v.occurredAt()),
					v.description(), v.vehicle(), v.grossCents(), v.mechanicCents())
			.update(keys, "id");
		if (inserted == 0) {
			return false;
		}
		// the client's row first: it serializes visits added to one client, so the neighbours below are exact
		jdbc.sql("""
				UPDATE clients SET visit_count = visit_count + 1, lifetime_value_cents = lifetime_value_cents + ?,
				       last_visit_at = CASE WHEN last_visit_at IS NULL OR last_visit_at < ? THEN ? ELSE last_visit_at END
				WHERE id = ?""")
			.params(v.grossCents(), SqlTime.of(v.occurredAt()), SqlTime.of(v.occurredAt()), v.clientId()).update();
		linkNeighbours(keys.getKey().longValue(), v);
		return true;
	}

	/**
	 * Places the new visit between its client's visits in (time, id) order: it takes its neighbours' times as its
	 * previous and next visit, and becomes the previous visit of the one after it and the next visit of the one before.
	 * A visit at the same instant that was added earlier comes before it.
	 */
	private void linkNeighbours(long id, NewVisit v) {
		var at = SqlTime.of(v.occurredAt());
		jdbc.sql("""
				UPDATE client_visits SET
				    previous_at = (SELECT MAX(occurred_at) FROM client_visits WHERE client_id = ? AND id <> ? AND occurred_at <= ?),
				    next_at = (SELECT MIN(occurred_at) FROM client_visits WHERE client_id = ? AND id <> ? AND occurred_at > ?)
				WHERE id = ?""")
			.params(v.clientId(), id, at, v.clientId(), id, at, id).update();
		jdbc.sql("""
				UPDATE client_visits SET next_at = ?
				WHERE id = (SELECT id FROM client_visits WHERE client_id = ? AND id <> ? AND occurred_at <= ?
				            ORDER BY occurred_at DESC, id DESC LIMIT 1)""")
			.params(at, v.clientId(), id, at).update();
		jdbc.sql("""
				UPDATE client_visits SET previous_at = ?
				WHERE id = (SELECT id FROM client_visits WHERE client_id = ? AND occurred_at > ? ORDER BY occurred_at, id LIMIT 1)""")
			.params(at, v.clientId(), at).update();
	}

	/** Marks the visits of a refunded sale and takes them out of their clients' lifetime value, once. */
	public int refundSale(long saleId, Instant at) {
		List<long[]> visits = jdbc.sql("SELECT id, client_id, gross_cents FROM client_visits WHERE sale_id = ? AND refunded_at IS NULL")
			.param(saleId).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).list();
		int done = 0;
		for (long[] v : visits) {
			if (jdbc.sql("UPDATE client_visits SET refunded_at = ? WHERE id = ? AND refunded_at IS NULL").params(SqlTime.of(at), v[0])
				.update() == 1) {
				jdbc.sql("UPDATE clients SET lifetime_value_cents = lifetime_value_cents - ? WHERE id = ?").params(v[2], v[1]).update();
				done++;
			}
		}
		return done;
	}

	public List<Visit> history(long clientId) {
		return jdbc.sql("SELECT * FROM client_visits WHERE client_id = ? ORDER BY occurred_at DESC, id DESC").param(clientId)
			.query((rs, n) -> new Visit(rs.getLong("id"), ClientSource.valueOf(rs.getString("source_kind")), rs.getString("source_ref"),
					rs.getString("sale_key"), SqlTime.instant(rs, "occurred_at"), rs.getString("description"), rs.getString("vehicle"),
					Money.ofCents(rs.getLong("gross_cents")), Money.ofCents(rs.getLong("mechanic_cents")),
					SqlTime.instant(rs, "refunded_at"))).list();
	}
}
