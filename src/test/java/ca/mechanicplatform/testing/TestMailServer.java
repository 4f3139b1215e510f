package ca.mechanicplatform.testing;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) on a free local port for the whole test run; the platform is pointed at it through
 * the {@code spring.mail.*} system properties, so every e-mail the platform sends in a test arrives here.
 */
public class TestMailServer implements LauncherSessionListener {

	private static GreenMail server;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (server != null) {
			return;
		}
		server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", String.valueOf(server.getSmtp().getPort()));
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	public record Mail(String to, String subject, String body) {
	}

	/** Every message received so far addressed to {@code recipient}. */
	public static List<Mail> to(String recipient) {
		return Arrays.stream(server.getReceivedMessages()).map(TestMailServer::mail)
			.filter(mail -> mail.to().equalsIgnoreCase(recipient)).toList();
	}

	private static Mail mail(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			// the text as the recipient reads it: quoted-printable soft line breaks and escapes ("=3D") decoded
			Object content = message.getContent();
			String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
			return new Mail(to == null || to.length == 0 ? "" : to[0].toString(), message.getSubject(), body);
		}
		catch (MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
