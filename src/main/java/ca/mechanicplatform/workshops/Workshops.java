package ca.mechanicplatform.workshops;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.NewAccount;
import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.internal.WorkshopRows;

/** Signs workshops up and reads and changes their profiles. */
@Service
public class Workshops {

	private final Accounts accounts;
	private final WorkshopRows workshops;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Workshops(Accounts accounts, WorkshopRows workshops, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.workshops = workshops;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the admin's account and the workshop together. The postal code must belong to the chosen province; the
	 * time zone defaults to the province's usual one.
	 */
	@Transactional
	public Workshop register(WorkshopSignUp form) {
		NewAccount account = new NewAccount(form.name(), form.email(), form.password(), Role.WORKSHOP_ADMIN);
		InputCheck check = new InputCheck();
		accounts.check(account, check);
		String name = check.text("workshopName", form.workshopName(), 160, "Enter the workshop's legal name");
		String street = check.text("streetAddress", form.streetAddress(), 200, "Enter the street address");
		String city = check.text("city", form.city(), 100, "Enter the city");
		Province province = Province.fromCode(form.province()).orElse(null);
		check.require(province != null, "province", "Choose a Canadian province or territory");
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		if (province != null && postalCode != null) {
			Province ofPostalCode = Province.ofPostalCode(postalCode);
			boolean northern = (province == Province.NU || province == Province.NT)
					&& (ofPostalCode == Province.NU || ofPostalCode == Province.NT);
			check.require(ofPostalCode == province || northern, "postalCode",
					"Postal code " + postalCode + " is in " + ofPostalCode.displayName() + ", not " + province.displayName());
		}
		String zoneId = form.timeZone() == null || form.timeZone().isBlank() ? null : form.timeZone().trim();
		check.require(zoneId == null || CanadianTimeZones.contains(zoneId), "timeZone",
				"\"" + zoneId + "\" is not a Canadian IANA time zone, like America/Toronto");
		String phone = check.optionalText("phone", form.phone(), 30);
		check.throwIfInvalid();

		ZoneId zone = zoneId == null ? province.defaultZone() : CanadianTimeZones.of(zoneId);
		UserId admin = accounts.register(account);
		WorkshopId id = workshops.insert(admin, name, street, city, province, postalCode, zone, phone, clock.instant());
		events.publishEvent(new WorkshopRegistered(id, admin));
		return get(id);
	}

	public Workshop get(WorkshopId id) {
		return workshops.find(id).orElseThrow(() -> NotFoundException.of("Workshop", id));
	}

	public Optional<Workshop> ofAdmin(UserId admin) {
		return workshops.findByAdmin(admin);
	}

	/** The workshop the signed-in admin runs. */
	public Workshop mine(UserId admin) {
		return ofAdmin(admin).orElseThrow(() -> new NotFoundException("This account runs no workshop"));
	}

	public List<Workshop> all() {
		return workshops.all();
	}
}
