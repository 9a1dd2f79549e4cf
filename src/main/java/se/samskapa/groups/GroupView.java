package se.samskapa.groups;

/**
 * A group as other modules see it.
 *
 * @param id the group's id
 * @param slug its name in URLs
 * @param name its name
 * @param kind standing or working group
 * @param reportsToId the standing group a working group reports to
 * @param description what the group is for
 */
public record GroupView(long id, String slug, String name, GroupKind kind, Long reportsToId, String description) {
}
