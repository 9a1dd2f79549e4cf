/**
 * Demo mode: on first start, the groups, people and five seed meetings of the real
 * minutes this product grew from, with dates in the current year, and three demo
 * accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package se.samskapa.demo;
