/**
 * One search over everything: minutes, agenda items, decisions, action items, people,
 * organisations and groups, with Swedish stemming, phrases, prefixes while typing,
 * highlighted snippets and filters, respecting who may see what. The index is kept
 * current from the other modules' events; later modules add their content the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package se.samskapa.search;
