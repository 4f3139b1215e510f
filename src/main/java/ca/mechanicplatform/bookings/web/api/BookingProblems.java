package ca.mechanicplatform.bookings.web.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import ca.mechanicplatform.bookings.BookingConflictException;
import ca.mechanicplatform.bookings.NotPartneredException;
import jakarta.servlet.http.HttpServletRequest;

/** The two booking refusals that say more than the platform's usual problem details. */
final class BookingProblems {

	private BookingProblems() {
	}

	/** 409 with the conflicting booking's held time as {@code conflictStart} and {@code conflictEnd} (UTC). */
	static ProblemDetail conflict(BookingConflictException e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Bay already booked");
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("conflictStart", e.conflictStart());
		problem.setProperty("conflictEnd", e.conflictEnd());
		return problem;
	}

	/** 403: the mechanic may not book at this workshop. */
	static ProblemDetail notPartnered(NotPartneredException e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}
}
