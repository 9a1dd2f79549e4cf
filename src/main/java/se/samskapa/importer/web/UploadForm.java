package se.samskapa.importer.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import se.samskapa.importer.ImportOptions;

/**
 * What holds for all the files uploaded together.
 *
 * @param groupId the group all the files belong to, or {@code null} to read it from each
 * title
 * @param year the year of dates written without one, or {@code null}
 * @param publish whether to publish the minutes as approved when saved ({@code null}, as
 * an unticked box without its marker arrives, is no)
 * @param closeOldActions whether the actions of old minutes are saved as dropped
 * ({@code null} is no, like {@code publish})
 */
public record UploadForm(Long groupId, @Min(value = 1900, message = "{importer.upload.year.invalid}") @Max(value = 2100,
		message = "{importer.upload.year.invalid}") Integer year, Boolean publish, Boolean closeOldActions) {

	static UploadForm defaults() {
		return new UploadForm(null, null, true, true);
	}

	ImportOptions options() {
		return new ImportOptions(year, groupId, Boolean.TRUE.equals(publish), Boolean.TRUE.equals(closeOldActions));
	}

}
