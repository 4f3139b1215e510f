package ca.mechanicplatform.notifications.internal;

/** Hands one e-mail to a mail server; throws when the server refuses it or cannot be reached. */
interface MailTransport {

	void send(String recipient, String subject, String body) throws Exception;

	/** Where mail goes, for the operators' view. */
	String describe();
}
