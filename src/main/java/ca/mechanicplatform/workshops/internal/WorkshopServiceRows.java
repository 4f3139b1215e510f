package ca.mechanicplatform.workshops.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.WorkshopService;

/** The {@code workshop_services} table. */
@Repository
public class WorkshopServiceRows {

	private final JdbcClient jdbc;

	WorkshopServiceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<WorkshopService> of(WorkshopId workshop) {
		return jdbc.sql("SELECT service FROM workshop_services WHERE workshop_id = ?").param(workshop.value())
			.query((rs, row) -> WorkshopService.valueOf(rs.getString("service"))).list().stream().sorted().toList();
	}

	public void replace(WorkshopId workshop, List<WorkshopService> services) {
		jdbc.sql("DELETE FROM workshop_services WHERE workshop_id = ?").param(workshop.value()).update();
		for (WorkshopService service : services) {
			jdbc.sql("INSERT INTO workshop_services (workshop_id, service) VALUES (?, ?)")
				.params(workshop.value(), service.name()).update();
		}
	}
}
