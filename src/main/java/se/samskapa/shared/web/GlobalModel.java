package se.samskapa.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.samskapa.shared.Markdown;

/**
 * Helpers every page may use. The Markdown renderer goes in the model because Thymeleaf
 * does not allow bean references inside {@code th:utext}.
 */
@ControllerAdvice
class GlobalModel {

	private final Markdown markdown;

	GlobalModel(Markdown markdown) {
		this.markdown = markdown;
	}

	@ModelAttribute("markdown")
	Markdown markdown() {
		return markdown;
	}

}
