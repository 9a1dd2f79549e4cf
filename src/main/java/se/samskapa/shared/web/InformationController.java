package se.samskapa.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InformationController {

	@GetMapping("/tillganglighet")
	String accessibility() {
		return "shared/accessibility";
	}

}
