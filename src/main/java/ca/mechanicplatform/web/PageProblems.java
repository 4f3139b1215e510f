package ca.mechanicplatform.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.NotFoundException;

/**
 * Pages whose controller did not handle a refusal itself: a missing (or someone else's) object is the 404 page, a
 * refused rule is shown with its message. API controllers are answered by {@link ApiProblems}, which runs first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView refused(BusinessRuleException e) {
		return new ModelAndView("error/other", Map.of("status", 409, "message", e.getMessage()), HttpStatus.CONFLICT);
	}
}
