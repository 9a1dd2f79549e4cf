package se.samskapa.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The demo directory, groups and accounts without the five seed meetings, so that tests
 * can import the seed files themselves. Tests with this annotation share one context (and
 * database) of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = "samskapa.demo.seed-meetings=false")
public @interface WithoutSeedMeetings {

}
