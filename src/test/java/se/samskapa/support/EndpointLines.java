package se.samskapa.support;

import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The access-matrix tests list endpoints one a line ({@code POST /moten/{lg}/publicera});
 * the ids their placeholders stand for are known only at run time.
 */
public final class EndpointLines {

	private EndpointLines() {
	}

	/** The line with each {@code {name}} replaced by its id (or code). */
	public static String resolve(String endpoint, Map<String, ?> ids) {
		String resolved = endpoint;
		for (Map.Entry<String, ?> id : ids.entrySet()) {
			resolved = resolved.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
		}
		return resolved;
	}

	/**
	 * The request a resolved line stands for: {@code POST /path a=1&b=2} becomes a POST
	 * with those form parameters and a CSRF token, so that what is tested is the role and
	 * nothing else.
	 */
	public static MockMvcRequestBuilder formRequest(MockMvcTester mvc, String line) {
		String[] parts = line.split(" ", 3);
		HttpMethod method = HttpMethod.valueOf(parts[0]);
		MockMvcRequestBuilder request = mvc.method(method).uri(parts[1]);
		if (parts.length == 3) {
			for (String pair : parts[2].split("&")) {
				String[] keyAndValue = pair.split("=", 2);
				request.param(keyAndValue[0], keyAndValue[1]);
			}
		}
		return method == HttpMethod.POST ? request.with(csrf()) : request;
	}

}
