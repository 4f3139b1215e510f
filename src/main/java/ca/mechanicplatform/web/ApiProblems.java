package ca.mechanicplatform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.NotFoundException;

/**
 * Every JSON API error as RFC 9457 problem details. A refused field comes back in {@code errors} as
 * {@code [{"field": ..., "message": ...}]} with status 400; a rule that refuses the request as a whole is 409; an
 * object that does not exist or is someone else's is 404. Internal details never reach the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	record FieldMessage(String field, String message) {
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage(), request);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail refused(BusinessRuleException e, HttpServletRequest request) {
		if (e.field() == null) {
			return problem(HttpStatus.CONFLICT, e.getMessage(), request);
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				e instanceof InvalidInputException ? "The request has invalid values" : e.getMessage(), request);
		problem.setProperty("errors", FormErrors.of(e).fields().entrySet().stream()
			.map(entry -> new FieldMessage(entry.getKey(), entry.getValue())).toList());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalid(ConstraintViolationException e, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid values", request);
		problem.setProperty("errors", e.getConstraintViolations().stream()
			.map(v -> new FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
		return problem;
	}

	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException e, HttpServletRequest request) {
		log.info("Request refused by a database constraint: {}", e.getMessage());
		return problem(HttpStatus.CONFLICT, "The request conflicts with the current state; reload and try again", request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = e.getBody();
		problem.setDetail("The request has invalid values");
		problem.setProperty("errors", FormErrors.of(e.getBindingResult()).fields().entrySet().stream()
			.map(entry -> new FieldMessage(entry.getKey(), entry.getValue())).toList());
		return handleExceptionInternal(e, problem, headers, status, request);
	}

	/** An upload beyond even the servlet's limit is refused like any other oversized file: 400 on the file field. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid values");
		problem.setProperty("errors", java.util.List.of(new FieldMessage("document", "Files may be at most 10 MB")));
		return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getDetail() != null && status.value() == 400
				&& e instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
			problem.setDetail("The request body is not valid JSON for this endpoint");
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail denied(RuntimeException e, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "Your role is not allowed to do this", request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed", request);
	}

	static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
