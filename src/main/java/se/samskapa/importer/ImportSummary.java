package se.samskapa.importer;

import java.io.Serializable;

/**
 * What saving a batch did.
 *
 * @param saved how many meetings were created
 * @param newPeople how many people were added to the directory
 * @param notSaved how many readable files are still waiting for a decision
 */
public record ImportSummary(int saved, int newPeople, int notSaved) implements Serializable {
	// Serializable: it reaches the next page as a flash attribute, kept in the session
	// table.
}
