package se.samskapa.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * Turns domain exceptions into pages in the reader's language: a broken rule explains
 * itself (409), something that does not exist is a 404. Anything unexpected goes to the
 * error page without a stack trace (see {@code server.error.*}).
 */
@ControllerAdvice
class ErrorHandling {

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolation.class)
	String ruleViolation(RuleViolation violation, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("problemText",
				messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
		model.addAttribute("back", safeReferer(request));
		return Htmx.isHtmx(request) ? "error/rule :: problem" : "error/rule";
	}

	/** An upload over the limit never reaches a controller: say so, with a way back. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		model.addAttribute("problemText",
				messages.getMessage("upload.too.large", null, LocaleContextHolder.getLocale()));
		model.addAttribute("back", safeReferer(request));
		return "error/rule";
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "error/404";
	}

	/** Only a path on this site, so that the back link cannot lead elsewhere. */
	private static String safeReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		String origin = request.getScheme() + "://" + request.getServerName();
		int start = referer.indexOf("://");
		if (!referer.startsWith(origin) || start < 0) {
			return "/";
		}
		int path = referer.indexOf('/', start + 3);
		return path < 0 ? "/" : referer.substring(path);
	}

}
