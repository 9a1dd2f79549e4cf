package se.samskapa.importer.parsing;

import java.util.List;

/** Resolves the names of one document and notes the doubtful ones as warnings. */
final class Names {

	private final NameResolver resolver;

	private final String group;

	private final List<String> documentNames;

	private final List<ParseWarning> warnings;

	Names(NameResolver resolver, String group, List<String> documentNames, List<ParseWarning> warnings) {
		this.resolver = resolver;
		this.group = group;
		this.documentNames = documentNames;
		this.warnings = warnings;
	}

	List<Attendee> attendees(List<Attendee> written) {
		return written.stream().map((a) -> {
			if (a.name() == null) {
				return a;
			}
			Resolution resolution = resolve(a.name());
			return new Attendee(a.name(), a.organisation(), a.remark(), resolution);
		}).toList();
	}

	PersonMention mention(String written) {
		return (written == null) ? null : new PersonMention(written, resolve(written));
	}

	private Resolution resolve(String written) {
		Resolution resolution = this.resolver.resolve(written, this.group, this.documentNames);
		warn(written, resolution);
		return resolution;
	}

	void warnAbout(ActionItem action, List<ParseWarning> into) {
		if (action.owners().isEmpty()) {
			into.add(new ParseWarning(ParseWarning.Code.ACTION_WITHOUT_OWNER, action.what()));
		}
		for (Owner owner : action.owners()) {
			if (owner.resolution() != null && owner.kind() == Owner.Kind.PERSON) {
				warn(owner.written(), owner.resolution());
			}
		}
	}

	private void warn(String written, Resolution resolution) {
		ParseWarning warning = switch (resolution.outcome()) {
			case AMBIGUOUS -> new ParseWarning(ParseWarning.Code.AMBIGUOUS_NAME, written);
			case NEW -> new ParseWarning(ParseWarning.Code.NEW_PERSON, resolution.name());
			case RESOLVED -> null;
		};
		if (warning != null && !this.warnings.contains(warning)) {
			this.warnings.add(warning);
		}
	}

}
