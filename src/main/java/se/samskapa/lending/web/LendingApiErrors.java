package se.samskapa.lending.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ReservationManagement.NoneAvailable;
import se.samskapa.lending.UnknownLendingThing;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The lending API answers in JSON (RFC 9457 problem details) with a message in the
 * reader's language, Swedish by default, in {@code detail}: a refusal is 409, bad input
 * 400 (with the field), something unknown 404, a missing right 403. The counter shows
 * {@code detail} as it is; a stack trace never leaves the server. The pages' error
 * handling stays for the pages: this advice covers the API controllers only.
 */
@RestControllerAdvice(assignableTypes = { CounterApiController.class, SitesApiController.class,
		AvailabilityApiController.class, ReservationsApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LendingApiErrors {

	private final MessageSource messages;

	LendingApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text(ex.messageKey(), ex.arguments()));
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail refused(RuleViolation ex) {
		return problem(HttpStatus.CONFLICT, text(ex.messageKey(), ex.arguments()));
	}

	/** Nothing to hold: the caller may ask again with {@code waitlist: true}. */
	@ExceptionHandler(NoneAvailable.class)
	ProblemDetail noneAvailable(NoneAvailable ex) {
		ProblemDetail problem = refused(ex);
		problem.setProperty("waitlistPossible", true);
		return problem;
	}

	@ExceptionHandler(UnknownLendingThing.class)
	ProblemDetail unknown(UnknownLendingThing ex) {
		return problem(HttpStatus.NOT_FOUND, text(ex.messageKey(), ex.arguments()));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, text("lending.api.not.found"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden() {
		return problem(HttpStatus.FORBIDDEN, text("lending.api.forbidden"));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail notValid(MethodArgumentNotValidException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				errors.size() == 1 ? errors.get(0).get("message") : text("lending.api.invalid"));
		problem.setProperty("errors", errors);
		if (errors.size() == 1) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable() {
		return problem(HttpStatus.BAD_REQUEST, text("lending.api.unreadable"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, text("lending.api.bad.parameter", ex.getName()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("lending.api.field.required"));
		problem.setProperty("field", ex.getParameterName());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
