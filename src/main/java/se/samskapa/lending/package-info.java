/**
 * Fritidsbanken: free lending of sports and leisure equipment. Sites with opening hours,
 * the catalogue of donated items, borrowers (name and mobile only) and loans. Everything
 * is free: there are no fees, deposits or charges anywhere in this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lending (Fritidsbanken)")
package se.samskapa.lending;
