/**
 * Reading existing minutes (text, Markdown, .docx) into meetings. The sub-package
 * {@code parsing} turns the text of one set of minutes into a structure; it knows nothing
 * of Spring or the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importer")
package se.samskapa.importer;
