package se.samskapa.directory.web;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.samskapa.directory.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryFormsUnitTests {

	@Test
	void namesAreSortedTheSwedishWay() {
		assertThat(SwedishOrder.sorted(List.of("Örjan", "Åke", "Zlatan", "Ängla", "adam", "Bo"), Function.identity()))
			.containsExactly("adam", "Bo", "Zlatan", "Åke", "Ängla", "Örjan");
	}

	@Test
	void aliasesAreSplitOnCommasWithoutBlanksOrRepeats() {
		OrganisationForm form = new OrganisationForm("Fritidsbanken", "", OrganisationKind.OTHER,
				" FB, , fb,Fritidsbanken Helsingborg ,");
		assertThat(form.aliasList()).containsExactly("FB", "Fritidsbanken Helsingborg");
	}

	@Test
	void noAliasesGiveAnEmptyList() {
		assertThat(new OrganisationForm("G7", null, OrganisationKind.USER_ORGANISATION, null).aliasList()).isEmpty();
	}

	@Test
	void aNewAccountsUsernameIsTrimmed() {
		assertThat(new NewAccountForm("  lina.h ", "x", null, null).username()).isEqualTo("lina.h");
	}

}
