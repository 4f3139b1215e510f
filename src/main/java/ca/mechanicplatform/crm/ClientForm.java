package ca.mechanicplatform.crm;

/** A client as typed by the mechanic: a name, and optionally an e-mail address and a telephone number. */
public record ClientForm(String name, String email, String phone) {
}
