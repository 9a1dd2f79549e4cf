package se.samskapa.lending;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages: the public catalogue, and the counter and returns as staff use them with a
 * scanner, with every refusal (anonymous, no lending role, another site's staff).
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingPagesControllerTests {

	/** The counter pages of the fixture's site; {b} is the borrower's id. */
	static Stream<String> staffPages() {
		return Stream.of("GET /disk", "GET /disk?mobil=0701000001", "POST /disk/lantagare namn=Ny&mobil=0709990002",
				"GET /disk/{b}?skanna=PG-SKATES-38", "POST /disk/{b}/lana saker=PG-SKATES-38", "GET /disk/{b}/kvitto",
				"GET /aterlamning", "GET /aterlamning?skanna=PG-TENT-1",
				"POST /aterlamning nummer=PG-TENT-1&skick=GOOD", "GET /forsenade", "GET /forsenade.csv",
				"GET /etiketter.pdf", "POST /disk/{b}/lan/{loan}/forlang", "POST /disk/{b}/epost epost=alva@example.se",
				"GET /lantagare", "GET /lantagare?namn=Alva", "GET /disk/{b}/uppgiftslank",
				"POST /disk/{b}/uppgiftslank");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	LendingReminders reminders;

	private Fixture f;

	private long tentLoan;

	private LendingRequests pages;

	@BeforeEach
	void fixture() {
		f = fixtures.create("pg");
		// Due on Friday 27 November, so that a renewal today moves it later.
		tentLoan = lending
			.checkout(f.site().id(), f.borrower().id(), List.of("PG-TENT-1"), LocalDate.of(2026, 11, 27), f.staff())
			.get(0)
			.id();
		pages = LendingRequests.sitePages(mvc, f.site(), Map.of("b", f.borrower().id(), "loan", tentLoan),
				users.as(f.staff()));
	}

	@Test
	void theCatalogueIsPublicAndShowsWhatIsInBySize() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("PG-SKATES-38"), null, f.staff());

		MvcTestResult result = mvc.get().uri("/fritidsbanken/" + f.site().slug()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Fritidsbanken pg Centrum", "Vintersport – Skridskor", "Hockeyskridskor", "Tisdag 12.00–18.00",
					"Du lånar i 14 dagar")
			.doesNotContain("Alva")
			.doesNotContain("Disken");
		assertThat(mvc.get().uri("/fritidsbanken")).hasStatusOk().bodyText().contains("Fritidsbanken Helsingborg");
	}

	@Test
	void theCatalogueSearchNarrowsTheList() {
		assertThat(mvc.get().uri("/fritidsbanken/" + f.site().slug() + "?q=skridsk")).hasStatusOk()
			.bodyText()
			.contains("Hockeyskridskor")
			.doesNotContain("Tält, 2 personer");
		assertThat(mvc.get().uri("/fritidsbanken/" + f.site().slug() + "?q=kanot")).hasStatusOk()
			.bodyText()
			.contains("Inget matchar ”kanot”");
		assertThat(mvc.get().uri("/fritidsbanken/finns-inte")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aKnownMobileNumberLeadsToTheBorrowerAndAnUnknownOneToRegistration() {
		assertThat(pages.page("GET /disk?mobil=070-1000001")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(pages.base() + "/disk/" + f.borrower().id());
		assertThat(pages.page("GET /disk?mobil=0709998877")).hasStatusOk()
			.bodyText()
			.contains("Ny låntagare", "Ingen låntagare har det mobilnumret");
		assertThat(pages.page("GET /disk?mobil=12345")).hasStatusOk()
			.bodyText()
			.contains("Skriv ett svenskt mobilnummer", "aria-invalid=\"true\"", "aria-describedby=\"mobil-error\"");
	}

	@Test
	void registeringNeedsANameAndKeepsWhatWasTyped() {
		assertThat(pages.page("POST /disk/lantagare namn=&mobil=0709998877")).hasStatusOk()
			.bodyText()
			.contains("Skriv låntagarens namn.", "value=\"0709998877\"");
		MvcTestResult created = pages.page("POST /disk/lantagare namn=Sune Ros&mobil=0709998877");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).startsWith(pages.base() + "/disk/");
	}

	@Test
	void aBorrowerMayGiveAnEmailAddressForRemindersAtRegistrationOrLater() {
		assertThat(pages.page("GET /disk?mobil=0709998877")).bodyText()
			.contains("E-post om du vill (valfritt)", "name=\"epost\"");
		assertThat(pages.page("POST /disk/lantagare namn=Sune Ros&mobil=0709998877&epost=sune@")).hasStatusOk()
			.bodyText()
			.contains("Skriv en e-postadress som namn@exempel.se", "value=\"sune@\"",
					"aria-describedby=\"epost-error epost-hint\"");
		assertThat(pages.page("POST /disk/lantagare namn=Sune Ros&mobil=0709998877&epost=sune.ros@Example.SE"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(borrowers.findByMobile("0709998877")).get()
			.extracting(BorrowerView::email)
			.isEqualTo("sune.ros@example.se");

		MvcTestResult saved = pages.page("POST /disk/{b}/epost epost=alva@example.se");
		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(pages.base() + "/disk/" + f.borrower().id());
		assertThat(saved).flash().containsEntry("message", "lending.borrower.email.saved");
		assertThat(pages.page("GET /disk/{b}")).bodyText().contains("alva@example.se");
		assertThat(pages.page("POST /disk/{b}/epost epost=inte en adress")).hasStatusOk()
			.bodyText()
			.contains("Skriv en e-postadress som namn@exempel.se");
		assertThat(pages.page("POST /disk/{b}/epost epost=")).flash()
			.containsEntry("message", "lending.borrower.email.removed");
		assertThat(borrowers.borrower(f.borrower().id())).get().extracting(BorrowerView::email).isNull();
	}

	@Test
	void withoutAnSmsGatewayTheCounterDoesNotOfferTheReceiptBySms() {
		assertThat(pages.page("GET /disk/{b}?saker=PG-SKATES-38")).hasStatusOk()
			.bodyText()
			.contains("Låna ut 1 sak")
			.doesNotContain("kvittoSms", "Skicka kvitto som sms");
		// Asked for anyway, nothing is sent and the receipt does not say so.
		MvcTestResult lent = pages.page("POST /disk/{b}/lana saker=PG-SKATES-38&kvittoSms=true");
		assertThat(lent).hasStatus(HttpStatus.FOUND).flash().containsEntry("receiptBySms", false);
	}

	@Test
	void theCallListShowsWhichRemindersWentAndWhichFailed() {
		jdbc.sql("UPDATE lending_loan SET due_on = DATE '2026-11-19', lent_at = lent_at - INTERVAL '7 days' "
				+ "WHERE borrower_id = :b")
			.param("b", f.borrower().id())
			.update();
		assertThat(pages.page("GET /forsenade")).bodyText().contains("Påminnelser", "Ingen ännu");

		reminders.remindDue();
		assertThat(pages.page("GET /forsenade")).bodyText().contains("3 dagar sen: skickas nu");

		jdbc.sql("UPDATE lending_reminder SET status = 'SENT', channels = 'SMS,EMAIL', finished_at = now() "
				+ "WHERE loan_id = :loan")
			.param("loan", tentLoan)
			.update();
		assertThat(pages.page("GET /forsenade")).bodyText()
			.containsPattern("3 dagar sen: skickad \\d+ \\w+ \\d{4} \\(sms och e-post\\)");
		jdbc.sql(
				"UPDATE lending_reminder SET status = 'FAILED', channels = NULL, finished_at = :at WHERE loan_id = :loan")
			.param("at", java.sql.Timestamp.from(java.time.Instant.parse("2026-11-22T09:00:00Z")))
			.param("loan", tentLoan)
			.update();
		assertThat(pages.page("GET /forsenade")).bodyText()
			.contains("3 dagar sen: kunde inte skickas 22 november 2026. Ring i stället.");
		jdbc.sql("UPDATE lending_reminder SET status = 'LOGGED', channels = 'SMS' WHERE loan_id = :loan")
			.param("loan", tentLoan)
			.update();
		assertThat(pages.page("GET /forsenade")).bodyText()
			.contains("3 dagar sen: inte skickad 22 november 2026: ingen sms- eller e-posttjänst är inställd");
	}

	@Test
	void scannedItemsGatherAndOneThatIsOutIsRefusedAtTheScan() {
		MvcTestResult gathered = pages.page("GET /disk/{b}?saker=PG-SKATES-38&skanna=pg-skates-40");
		assertThat(gathered).hasStatusOk()
			.bodyText()
			.contains("Att låna ut (2)", "Hockeyskridskor, 40", "Låna ut 2 saker")
			.contains("name=\"saker\" value=\"PG-SKATES-40\"");

		assertThat(pages.page("GET /disk/{b}?saker=PG-SKATES-38&skanna=PG-TENT-1")).hasStatusOk()
			.bodyText()
			.contains("PG-TENT-1 är redan utlånad", "Att låna ut (1)");
	}

	@Test
	void lendingShowsAReceiptWithTheDueDate() {
		MvcTestResult lent = pages.page("POST /disk/{b}/lana saker=PG-SKATES-38&saker=PG-SKATES-40");
		assertThat(lent).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(pages.base() + "/disk/" + f.borrower().id() + "/kvitto");

		assertThat(pages.page("GET /disk/{b}/kvitto")).hasStatusOk()
			.bodyText()
			.contains("Lånat av Alva Lind", "PG-SKATES-40 Hockeyskridskor, 40, lämnas senast onsdag 9 december",
					"Allt är gratis");
	}

	@Test
	void aRefusedLendingKeepsTheScannedItemsAndSaysWhy() {
		MvcTestResult result = pages.page("POST /disk/{b}/lana saker=PG-SKATES-38&saker=PG-TENT-1");
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("PG-TENT-1 är redan utlånad", "name=\"saker\" value=\"PG-SKATES-38\"");
		assertThat(pages.page("POST /disk/{b}/lana saker=PG-SKATES-38&aterlamnas=igår")).hasStatusOk()
			.bodyText()
			.contains("Skriv datumet som ÅÅÅÅ-MM-DD");
	}

	@Test
	void aReturnByScanningNotesConditionAndMissingParts() {
		assertThat(pages.page("GET /aterlamning?skanna=pg-tent-1")).hasStatusOk()
			.bodyText()
			.contains("Tältpinnar", "name=\"skick\"");
		assertThat(pages.page("POST /aterlamning nummer=PG-TENT-1")).hasStatusOk()
			.bodyText()
			.contains("Välj vilket skick");

		MvcTestResult returned = pages.page("POST /aterlamning nummer=PG-TENT-1&skick=WORN&saknas=Tältpinnar");
		assertThat(returned).hasStatus(HttpStatus.FOUND);
		assertThat(returned).flash()
			.containsEntry("returned", "PG-TENT-1 Tält, 2 personer")
			.containsEntry("toRepair", true);
		assertThat(lending.openLoansOf(f.borrower().id())).isEmpty();
		assertThat(pages.page("GET /aterlamning?skanna=PG-TENT-1")).bodyText().contains("PG-TENT-1 är inte utlånad");
	}

	@Test
	void aLoanIsRenewedFromTheBorrowersPageAndASecondRenewalTodaySaysWhyNot() {
		assertThat(pages.page("GET /disk/{b}")).bodyText().contains("aria-label=\"Förläng lånet av PG-TENT-1\"");

		MvcTestResult renewed = pages.page("POST /disk/{b}/lan/{loan}/forlang");
		assertThat(renewed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(pages.base() + "/disk/" + f.borrower().id());
		assertThat(renewed).flash().containsEntry("message", "lending.renewed");
		assertThat(lending.loan(tentLoan).dueOn()).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(lending.loan(tentLoan).renewals()).isEqualTo(1);

		assertThat(pages.page("POST /disk/{b}/lan/{loan}/forlang")).hasStatusOk()
			.bodyText()
			.contains("Det nya återlämningsdatumet måste vara senare än det nuvarande, 9 december 2026.");
	}

	@Test
	void overdueLoansAreACallListOnScreenAndAsCsv() {
		assertThat(pages.page("GET /forsenade")).hasStatusOk().bodyText().contains("Inga lån är försenade.");
		// Three days pass beyond the tent's due date.
		jdbc.sql("UPDATE lending_loan SET due_on = DATE '2026-11-19' WHERE borrower_id = :b")
			.param("b", f.borrower().id())
			.update();

		assertThat(pages.page("GET /forsenade")).hasStatusOk()
			.bodyText()
			.contains("Alva Lind", "href=\"tel:+46701000001\"", "070-100 00 01", "PG-TENT-1 Tält, 2 personer",
					"19 november 2026");
		MvcTestResult csv = pages.page("GET /forsenade.csv");
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(csv.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(csv).bodyText()
			.isEqualTo("\ufeffUtrustning;Nummer;Namn;Mobilnummer;Skulle lämnas senast;Dagar sen\r\n"
					+ "Tält, 2 personer;PG-TENT-1;Alva Lind;070-100 00 01;2026-11-19;3\r\n");
	}

	@Test
	void labelSheetsCarryEachItemsNumberAndABarcodeAScannerReads() throws Exception {
		MvcTestResult result = pages.page("GET /etiketter.pdf");

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("PG-TENT-1", "Tält, 2 personer", "PG-SKATES-38", "Hockeyskridskor, 38",
					"Fritidsbanken pg Centrum");
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			Result[] barcodes = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
					new BinaryBitmap(
							new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
					Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER,
							true));
			assertThat(barcodes).extracting(Result::getText).contains("PG-TENT-1", "PG-SKATES-38");
		}
	}

	@ParameterizedTest
	@MethodSource("staffPages")
	void anonymousVisitorsAreSentToLogin(String endpoint) {
		pages.assertSentToLogIn(endpoint);
	}

	@ParameterizedTest
	@MethodSource("staffPages")
	void accountsWithoutALendingRoleAndOtherSitesStaffAreRefused(String endpoint) {
		pages.assertRefused(endpoint, users.member(), users.coordinator(), users.as(f.otherStaff()));
	}

	@ParameterizedTest
	@MethodSource("staffPages")
	void staffOfTheSiteAndLendingAdminsWorkTheCounter(String endpoint) {
		pages.assertWorks(endpoint, users.as(f.staff()), users.as(f.lendingAdmin()));
	}

}
