/**
 * Standing groups and working groups, their members and roles, and the rule that says
 * when a group meets (with its exceptions).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups")
package se.samskapa.groups;
