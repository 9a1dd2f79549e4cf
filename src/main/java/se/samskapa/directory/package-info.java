/**
 * Organisations, people (with aliases and affiliations over time), user accounts and
 * roles. Other modules refer to people and organisations by id and read them through
 * {@link se.samskapa.directory.DirectoryManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package se.samskapa.directory;
