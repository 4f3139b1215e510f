package ca.mechanicplatform.consultations.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

import ca.mechanicplatform.consultations.Consultation;
import ca.mechanicplatform.consultations.ConsultationMessage;

/** What the session page (shared by the customer and the mechanic) and its live fragment need. */
final class SessionPage {

	private SessionPage() {
	}

	static void show(Model model, Consultation consultation, List<ConsultationMessage> messages, boolean asCustomer, String base,
			String zone, String videoBaseUrl) {
		messages(model, consultation, messages, asCustomer, zone);
		model.addAttribute("base", base + consultation.id());
		model.addAttribute("videoUrl", consultation.videoRoom() == null ? null : videoBaseUrl + "/" + consultation.videoRoom());
		model.addAttribute("videoHost", videoBaseUrl.replaceFirst("^https?://", ""));
	}

	static void messages(Model model, Consultation consultation, List<ConsultationMessage> messages, boolean asCustomer, String zone) {
		model.addAttribute("c", consultation);
		model.addAttribute("messages", messages);
		model.addAttribute("asCustomer", asCustomer);
		model.addAttribute("zone", zone);
	}

	/**
	 * The chat fragment polled every two seconds; when the consultation's status has changed since the page was drawn,
	 * htmx is told to reload the whole page so its actions match the new state.
	 */
	static String live(Model model, Consultation consultation, List<ConsultationMessage> messages, String shownStatus,
			boolean asCustomer, String zone, HttpServletResponse response) {
		if (!consultation.status().name().equals(shownStatus)) {
			response.setHeader("HX-Refresh", "true");
		}
		messages(model, consultation, messages, asCustomer, zone);
		return "consultations/session :: messages";
	}
}
