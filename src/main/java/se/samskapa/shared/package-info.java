/**
 * What every module shares: Swedish dates, safe Markdown, the audit trail, the page
 * layout and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.samskapa.shared;
