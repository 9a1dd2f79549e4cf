package se.samskapa.config;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The texts of the interface: every module's bundle ({@code spring.messages.basename}),
 * read once and merged per language, so that a page's hundred lookups are one map lookup
 * each.
 * <p>
 * Why not Boot's own message source: it asks each of the eight bundles in turn for each
 * key, which was 6 % of a logged-in page's CPU. The rules are the same: UTF-8, the first
 * bundle that has a key wins, Swedish (the files without a language) when a language has
 * no file, never the server's own language.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(Arrays.stream(basenames).map(name -> "classpath:" + name.trim()).toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		// Read once: with a negative cache time the merged properties of a language are
		// kept, and looked up in one step.
		source.setCacheMillis(-1);
		return source;
	}

}
