package ca.mechanicplatform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InvalidInputException;

/**
 * The messages a form shows next to its fields and above it. Templates read it as {@code errors}:
 * {@code errors.has('email')}, {@code errors.get('email')}, {@code errors.global()}.
 */
public final class FormErrors {

	private final Map<String, String> fields = new LinkedHashMap<>();
	private final List<String> global = new ArrayList<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	/** The first message of each field that failed Bean Validation, in the order the form declares them. */
	public static FormErrors of(BindingResult result) {
		FormErrors errors = new FormErrors();
		for (FieldError error : result.getFieldErrors()) {
			errors.fields.putIfAbsent(error.getField(), error.isBindingFailure()
					? "Enter a valid value" : error.getDefaultMessage());
		}
		result.getGlobalErrors().forEach(error -> errors.global.add(error.getDefaultMessage()));
		return errors;
	}

	/** Adds a platform rule's refusal next to its field, or above the form when it concerns the whole request. */
	public static FormErrors of(BusinessRuleException refusal) {
		return new FormErrors().add(refusal);
	}

	public FormErrors add(BusinessRuleException refusal) {
		if (refusal instanceof InvalidInputException invalid) {
			invalid.fieldErrors().forEach(fields::putIfAbsent);
		}
		else if (refusal.field() != null) {
			fields.putIfAbsent(refusal.field(), refusal.getMessage());
		}
		else {
			global.add(refusal.getMessage());
		}
		return this;
	}

	public FormErrors field(String field, String message) {
		fields.putIfAbsent(field, message);
		return this;
	}

	public boolean any() {
		return !fields.isEmpty() || !global.isEmpty();
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	public String get(String field) {
		return fields.get(field);
	}

	public Map<String, String> fields() {
		return Map.copyOf(fields);
	}

	public List<String> global() {
		return List.copyOf(global);
	}
}
