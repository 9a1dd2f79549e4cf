package se.samskapa.lending;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The borrower's own data page, reached without an account by the secret link on the
 * receipt: what it shows and hides, the erasing (refused while something is out, with a
 * confirmation step), a replaced link, a link that no longer works, the headers that keep
 * it out of caches and referrers, and the counter's side: the receipt's QR code and the
 * link page.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class BorrowerDataPageControllerTests {

	private static final String PAGE = "/fritidsbanken/mina-uppgifter/";

	private static final Pattern LINK = Pattern
		.compile("https?://[^<\"]*/fritidsbanken/mina-uppgifter/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	BorrowerDataLinks links;

	@Autowired
	AuditTrail audit;

	private Fixture f;

	private String token;

	@BeforeEach
	void fixture() {
		f = fixtures.create("od");
		lending.checkout(f.site().id(), f.borrower().id(), List.of("OD-TENT-1"), null, f.staff());
		token = links.issue(f.borrower().id(), f.staff());
	}

	@Test
	void theLinkShowsTheBorrowersDataWithoutAnAccountAndKeepsItOutOfCachesAndReferrers() {
		MvcTestResult result = mvc.get().uri(PAGE + token).exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Dina uppgifter hos Fritidsbanken", "Alva Lind", "070-*** ** 01", "Tält, 2 personer", "OD-TENT-1",
					"Från Fritidsbanken od Centrum 22 november 2026", "Lämnas tillbaka senast onsdag 9 december",
					"Vi raderar ditt namn och nummer 90 dagar efter att du lämnat tillbaka det sista du lånat.",
					"Så länge du har något utlånat sparar vi dem")
			.doesNotContain("070-100 00 01", "+46701000001");
		assertPrivate(result);
	}

	@Test
	void erasingIsRefusedWhileSomethingIsOutAndExplained() {
		assertThat(mvc.get().uri(PAGE + token)).bodyText()
			.contains("Lämna tillbaka det först")
			.doesNotContain("Radera mina uppgifter</a>");
		assertThat(mvc.get().uri(PAGE + token + "/radera")).hasStatusOk()
			.bodyText()
			.contains("Lämna tillbaka det först", "Tält, 2 personer (OD-TENT-1)")
			.doesNotContain("Ja, radera mina uppgifter");

		MvcTestResult refused = mvc.post().uri(PAGE + token + "/radera").with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyText().contains("Lämna tillbaka det först");
		assertPrivate(refused);
		assertThat(borrowers.borrower(f.borrower().id())).isPresent();
	}

	@Test
	void afterTheLastReturnTheBorrowerErasesTheirDataWithAConfirmationAndTheLinkStopsWorking() {
		lending.takeBack("OD-TENT-1", Condition.GOOD, List.of(), null, f.staff());
		assertThat(mvc.get().uri(PAGE + token)).bodyText()
			.contains("Lånar du inget mer raderas de omkring 21 februari 2027.", "Från Fritidsbanken od Centrum",
					"tillbaka 22 november 2026");
		assertThat(mvc.get().uri(PAGE + token + "/radera")).hasStatusOk()
			.bodyText()
			.contains("Vill du radera dina uppgifter?", "Vi raderar namnet Alva Lind", "Ja, radera mina uppgifter");

		MvcTestResult erased = mvc.post().uri(PAGE + token + "/radera").with(csrf()).exchange();
		assertThat(erased).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(PAGE + "raderade");
		assertPrivate(erased);
		assertThat(mvc.get().uri(PAGE + "raderade")).hasStatusOk().bodyText().contains("Dina uppgifter är raderade");

		assertThat(borrowers.borrower(f.borrower().id())).isEmpty();
		assertThat(audit.entries("lending-borrower", f.borrower().id()))
			.extracting(AuditTrail.Entry::actor, AuditTrail.Entry::action)
			.contains(org.assertj.core.groups.Tuple.tuple("borrower", "erased"));
		MvcTestResult gone = mvc.get().uri(PAGE + token).exchange();
		assertThat(gone).hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Länken fungerar inte");
		assertPrivate(gone);
		assertThat(mvc.post().uri(PAGE + token + "/radera").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theBorrowerReplacesTheLinkAndTheOldOneStopsWorking() {
		MvcTestResult replaced = mvc.post().uri(PAGE + token + "/ny-lank").with(csrf()).exchange();
		assertThat(replaced).hasStatus(HttpStatus.FOUND);
		String location = replaced.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(PAGE).endsWith("?ny").doesNotContain(token);

		assertThat(mvc.get().uri(location)).hasStatusOk().bodyText().contains("Det här är din nya länk", "Alva Lind");
		assertThat(mvc.get().uri(PAGE + token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(audit.entries("lending-borrower", f.borrower().id())).extracting(AuditTrail.Entry::actor)
			.contains("borrower");
	}

	@Test
	void aNewLinkFromTheCounterReplacesTheOldOne() {
		String newer = links.issue(f.borrower().id(), f.staff());
		assertThat(mvc.get().uri(PAGE + token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + newer)).hasStatusOk();
	}

	@Test
	void aLinkThatNeverWorkedGetsTheSameAnswer() {
		for (String wrong : List.of("x".repeat(43), "kort", token.substring(1) + "!", token + "a")) {
			MvcTestResult result = mvc.get().uri(PAGE + wrong).exchange();
			assertThat(result).as(wrong).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(result).bodyText().contains("Länken fungerar inte");
		}
		assertThat(mvc.post().uri(PAGE + "x".repeat(43) + "/ny-lank").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void changesWithoutTheCsrfTokenAreRefused() {
		assertThat(mvc.post().uri(PAGE + token + "/ny-lank")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE + token)).hasStatusOk();
	}

	@Test
	void theReceiptCarriesALinkAndAQrCodeThatLeadToThePage() throws Exception {
		String base = "/fritidsbanken/" + f.site().slug() + "/disk/" + f.borrower().id();
		SessionCookie counter = new SessionCookie();
		MvcTestResult lent = counter.exchange(
				mvc.post().uri(base + "/lana").param("saker", "OD-SKATES-38").with(csrf()).with(users.as(f.staff())));
		assertThat(lent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(base + "/kvitto");

		MvcTestResult receipt = counter.exchange(mvc.get().uri(base + "/kvitto").with(users.as(f.staff())));
		String html = receipt.getResponse().getContentAsString();
		assertThat(html).contains("Se och radera dina uppgifter", "OD-SKATES-38");
		Matcher link = LINK.matcher(html);
		assertThat(link.find()).isTrue();
		assertThat(qrCode(html)).isEqualTo(link.group());
		assertThat(mvc.get().uri(PAGE + link.group(1))).hasStatusOk().bodyText().contains("Hockeyskridskor, 38");
		// The link made when the tent was lent no longer works.
		assertThat(mvc.get().uri(PAGE + token)).hasStatus(HttpStatus.NOT_FOUND);

		// Shown again later, the receipt offers a new link instead.
		assertThat(counter.exchange(mvc.get().uri(base + "/kvitto").with(users.as(f.staff())))).bodyText()
			.contains("Visa en ny länk")
			.doesNotContain("data:image/png");
	}

	@Test
	void staffShowANewLinkFromTheBorrowersPage() {
		String base = "/fritidsbanken/" + f.site().slug() + "/disk/" + f.borrower().id();
		assertThat(mvc.get().uri(base).with(users.as(f.staff()))).bodyText()
			.contains("Länk till låntagarens uppgifter");
		SessionCookie counter = new SessionCookie();
		MvcTestResult made = counter
			.exchange(mvc.post().uri(base + "/uppgiftslank").with(csrf()).with(users.as(f.staff())));
		assertThat(made).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(base + "/uppgiftslank");

		MvcTestResult shown = counter.exchange(mvc.get().uri(base + "/uppgiftslank").with(users.as(f.staff())));
		assertThat(shown).hasStatusOk().bodyText().contains("Länk till uppgifterna för Alva Lind", "data:image/png");
		assertThat(mvc.get().uri(PAGE + token)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(counter.exchange(mvc.get().uri(base + "/uppgiftslank").with(users.as(f.staff())))).hasStatusOk()
			.bodyText()
			.contains("Visa en ny länk");

		assertThat(mvc.post().uri(base + "/uppgiftslank").with(csrf()).with(users.as(f.otherStaff())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(base + "/uppgiftslank").with(csrf()).with(users.member()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(base + "/uppgiftslank").with(csrf())).hasStatus(HttpStatus.FOUND);
	}

	private static void assertPrivate(MvcTestResult result) {
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
	}

	/** The text of the QR code in the page. */
	private static String qrCode(String html) throws Exception {
		Matcher image = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
		assertThat(image.find()).isTrue();
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
		int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
		return new MultiFormatReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels))))
			.getText();
	}

}
