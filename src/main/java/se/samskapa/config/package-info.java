/**
 * Cross-cutting configuration: the embedded database, security, web (locale, resources)
 * and the clock. No other module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package se.samskapa.config;
