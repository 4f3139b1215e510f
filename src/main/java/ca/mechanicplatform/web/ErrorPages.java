package ca.mechanicplatform.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person or an API client sees when a request fails outside a controller (an unknown route, a denied page,
 * an unexpected error): a page in the platform's layout, or problem details for {@code /api/**}. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return problem(request);
		}
		response.setStatus(status.value());
		String view = switch (status.value()) {
			case 403, 404 -> "error/" + status.value();
			default -> status.is5xxServerError() ? "error/5xx" : "error/other";
		};
		return new ModelAndView(view, Map.of("status", status.value(), "reason", status.getReasonPhrase()), status);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String detail = switch (status.value()) {
			case 404 -> "There is no such endpoint; see /v3/api-docs for the API";
			case 405 -> "This endpoint does not accept that method";
			case 401 -> "Authentication required";
			case 403 -> "Your role is not allowed to use this endpoint";
			default -> status.is5xxServerError() ? "Something went wrong on our side; nothing was changed" : status.getReasonPhrase();
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
