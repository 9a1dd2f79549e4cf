package se.samskapa.importer.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import se.samskapa.importer.ImportDraft.Candidate;

/**
 * The review form: every field of a draft, as rows the coordinator can change, remove or
 * add to. Rows keep what the draft said ({@code written}, {@code shownName},
 * {@code personId}) so that an untouched row keeps its match. A JavaBean rather than a
 * record, since Spring binds the indexed rows ({@code present[3].name}) into it.
 */
public class DraftForm {

	private Long groupId;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate date;

	private boolean sameDayConfirmed;

	private boolean applyRule;

	@Valid
	private List<PersonRow> present = new ArrayList<>();

	@Valid
	private List<PersonRow> absent = new ArrayList<>();

	@Valid
	private PersonRow noteTaker = new PersonRow();

	@Valid
	private PersonRow adjuster = new PersonRow();

	@Valid
	private List<SectionRow> sections = new ArrayList<>();

	@Valid
	private List<DecisionRow> decisions = new ArrayList<>();

	@Valid
	private List<ActionRow> actions = new ArrayList<>();

	public Long getGroupId() {
		return groupId;
	}

	public void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public boolean isSameDayConfirmed() {
		return sameDayConfirmed;
	}

	public void setSameDayConfirmed(boolean sameDayConfirmed) {
		this.sameDayConfirmed = sameDayConfirmed;
	}

	public boolean isApplyRule() {
		return applyRule;
	}

	public void setApplyRule(boolean applyRule) {
		this.applyRule = applyRule;
	}

	public List<PersonRow> getPresent() {
		return present;
	}

	public void setPresent(List<PersonRow> present) {
		this.present = present;
	}

	public List<PersonRow> getAbsent() {
		return absent;
	}

	public void setAbsent(List<PersonRow> absent) {
		this.absent = absent;
	}

	public PersonRow getNoteTaker() {
		return noteTaker;
	}

	public void setNoteTaker(PersonRow noteTaker) {
		this.noteTaker = noteTaker;
	}

	public PersonRow getAdjuster() {
		return adjuster;
	}

	public void setAdjuster(PersonRow adjuster) {
		this.adjuster = adjuster;
	}

	public List<SectionRow> getSections() {
		return sections;
	}

	public void setSections(List<SectionRow> sections) {
		this.sections = sections;
	}

	public List<DecisionRow> getDecisions() {
		return decisions;
	}

	public void setDecisions(List<DecisionRow> decisions) {
		this.decisions = decisions;
	}

	public List<ActionRow> getActions() {
		return actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = actions;
	}

	/** A person named in the minutes. */
	public static class PersonRow {

		private String written;

		@Size(max = 200, message = "{importer.review.name.too.long}")
		private String name;

		private String shownName;

		private Long personId;

		private String match;

		@Size(max = 200, message = "{importer.review.organisation.too.long}")
		private String organisation;

		/** A candidate's id, {@code "new"} for a new person, or blank. */
		private String choice;

		private boolean remove;

		/** Not bound: the people an ambiguous name may be, for the choice. */
		private List<Candidate> candidates = List.of();

		public String getWritten() {
			return written;
		}

		public void setWritten(String written) {
			this.written = written;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getShownName() {
			return shownName;
		}

		public void setShownName(String shownName) {
			this.shownName = shownName;
		}

		public Long getPersonId() {
			return personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

		public String getMatch() {
			return match;
		}

		public void setMatch(String match) {
			this.match = match;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getChoice() {
			return choice;
		}

		public void setChoice(String choice) {
			this.choice = choice;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

		public List<Candidate> getCandidates() {
			return candidates;
		}

		void candidates(List<Candidate> candidates) {
			this.candidates = candidates == null ? List.of() : candidates;
		}

		public boolean isBlank() {
			return (name == null || name.isBlank()) && personId == null;
		}

		public boolean isAmbiguous() {
			return personId == null && !candidates.isEmpty();
		}

		public boolean isNewPerson() {
			return personId == null && candidates.isEmpty() && !isBlank();
		}

		public boolean isGuessed() {
			return personId != null && written != null && !written.equalsIgnoreCase(name == null ? "" : name)
					&& ("FIRST_NAME".equals(match) || "SIMILAR".equals(match) || "IN_DOCUMENT".equals(match));
		}

	}

	/** A section: an agenda item and its notes. */
	public static class SectionRow {

		@Size(max = 300, message = "{importer.review.title.too.long}")
		private String title;

		@Size(max = 200_000, message = "{importer.review.text.too.long}")
		private String body;

		private boolean remove;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	/** A decision and the section it stands under (its index, or -1). */
	public static class DecisionRow {

		@Size(max = 5000, message = "{importer.review.text.too.long}")
		private String text;

		private int section = -1;

		private boolean remove;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public int getSection() {
			return section;
		}

		public void setSection(int section) {
			this.section = section;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	/** An action item. */
	public static class ActionRow {

		@Size(max = 2000, message = "{importer.review.text.too.long}")
		private String what;

		@Size(max = 500, message = "{importer.review.text.too.long}")
		private String owners;

		@Size(max = 200, message = "{importer.review.text.too.long}")
		private String due;

		private int section = -1;

		private boolean remove;

		public String getWhat() {
			return what;
		}

		public void setWhat(String what) {
			this.what = what;
		}

		public String getOwners() {
			return owners;
		}

		public void setOwners(String owners) {
			this.owners = owners;
		}

		public String getDue() {
			return due;
		}

		public void setDue(String due) {
			this.due = due;
		}

		public int getSection() {
			return section;
		}

		public void setSection(int section) {
			this.section = section;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
