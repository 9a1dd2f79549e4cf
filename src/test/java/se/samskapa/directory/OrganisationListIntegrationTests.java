package se.samskapa.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of organisations is kept between requests: a new or renamed organisation shows
 * at once, and one created in a transaction that rolls back is forgotten with it.
 */
@SamskapaTest
class OrganisationListIntegrationTests {

	@Autowired
	DirectoryManagement directory;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeShowsAtOnceAndARollbackIsForgotten() {
		List<OrganisationView> before = directory.organisations();
		transactions.executeWithoutResult(status -> {
			OrganisationView created = directory.createOrganisation("Ösbyföreningen", "ÖBF",
					OrganisationKind.VOLUNTARY_ORGANISATION, List.of());
			assertThat(directory.organisations()).extracting(OrganisationView::name)
				.contains("Ösbyföreningen")
				// Swedish order: Ö last.
				.last()
				.isEqualTo("Ösbyföreningen");
			directory.updateOrganisation(created.id(), "Åsbyföreningen", "ÅBF", OrganisationKind.VOLUNTARY_ORGANISATION,
					List.of());
			assertThat(directory.organisations()).extracting(OrganisationView::name)
				.contains("Åsbyföreningen")
				.doesNotContain("Ösbyföreningen");
			status.setRollbackOnly();
		});
		assertThat(directory.organisations()).isEqualTo(before);
	}

}
