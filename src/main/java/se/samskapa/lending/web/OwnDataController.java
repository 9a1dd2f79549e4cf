package se.samskapa.lending.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import se.samskapa.lending.BorrowerDataLinks;
import se.samskapa.lending.BorrowerDataLinks.OwnData;
import se.samskapa.shared.RuleViolation;

/**
 * The borrower's own data page, without an account: the secret link from the receipt
 * shows their name, part of their number, what they borrowed where and when, and the
 * retention rule; they may replace the link or erase their data (not while something is
 * out). Nothing here is cached or sent on as a referrer, and nothing personal is logged.
 * A link that does not work (never did, replaced, erased) gets one answer, a 404.
 */
@Controller
@RequestMapping("/fritidsbanken/mina-uppgifter")
class OwnDataController {

	private final BorrowerDataLinks links;

	private final StaffSites texts;

	OwnDataController(BorrowerDataLinks links, StaffSites texts) {
		this.links = links;
		this.texts = texts;
	}

	/** Before every answer of this controller, redirects and refusals included. */
	@ModelAttribute
	void privateHeaders(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

	@GetMapping("/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		return links.open(token).map(data -> page(token, data, model)).orElseGet(() -> gone(response));
	}

	@GetMapping("/{token}/radera")
	String confirmErase(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<OwnData> data = links.open(token);
		if (data.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("token", token);
		model.addAttribute("data", data.get());
		return "lending/own-data-erase";
	}

	@PostMapping("/{token}/radera")
	String erase(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			return links.erase(token) ? "redirect:/fritidsbanken/mina-uppgifter/raderade" : gone(response);
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			// Said to the borrower, not to the staff: the rule's own words are for the
			// counter.
			model.addAttribute("eraseError", texts.text("lending.own.erase.not.yet"));
			return links.open(token).map(data -> page(token, data, model)).orElseGet(() -> gone(response));
		}
	}

	@PostMapping("/{token}/ny-lank")
	String replace(@PathVariable String token, HttpServletResponse response) {
		return links.replace(token)
			.map(newToken -> "redirect:/fritidsbanken/mina-uppgifter/" + newToken + "?ny")
			.orElseGet(() -> gone(response));
	}

	@GetMapping("/raderade")
	String erased() {
		return "lending/own-data-erased";
	}

	private static String page(String token, OwnData data, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("data", data);
		return "lending/own-data";
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "lending/own-data-gone";
	}

}
