package se.samskapa.importer.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the importer is given, each file either becomes text or gets a reason, and the
 * others are read all the same.
 */
class SourceReaderUnitTests {

	private static final String MINUTES = "Gemensam utvecklingsgrupp 5 september\n\nNärvarande\n\nHerbert Tinz, Bryggan\n";

	@Test
	void readsUtf8Text() {
		SourceText text = only(new SourceFile("003.txt", MINUTES.getBytes(StandardCharsets.UTF_8)));
		assertThat(text.readable()).isTrue();
		assertThat(text.format()).isEqualTo("UTF-8");
		assertThat(text.text()).contains("Närvarande");
	}

	@Test
	void readsWindows1252TextFromOldExports() {
		SourceText text = only(new SourceFile("gammal.txt", MINUTES.getBytes(TextDecoding.WINDOWS_1252)));
		assertThat(text.format()).isEqualTo("Windows-1252");
		assertThat(text.text()).contains("Närvarande", "Herbert Tinz");
	}

	@Test
	void readsUtf16WithByteOrderMark() {
		byte[] utf16 = ("\ufeff" + MINUTES).getBytes(StandardCharsets.UTF_16LE);
		SourceText text = only(new SourceFile("word-export.txt", utf16));
		assertThat(text.format()).isEqualTo("UTF-16");
		assertThat(text.text()).startsWith("Gemensam utvecklingsgrupp");
	}

	@Test
	void theSameMinutesWithOtherLineEndingsAreTheSameFile() {
		SourceText unix = only(new SourceFile("a.txt", MINUTES.getBytes(StandardCharsets.UTF_8)));
		SourceText windows = only(
				new SourceFile("b.txt", MINUTES.replace("\n", "  \r\n").getBytes(TextDecoding.WINDOWS_1252)));
		assertThat(windows.hash()).isEqualTo(unix.hash());
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(only(new SourceFile("tom.txt", new byte[0])).problem()).isEqualTo("importer.file.empty");
		assertThat(only(new SourceFile("blank.txt", " \n\n  ".getBytes())).problem()).isEqualTo("importer.file.empty");
	}

	@Test
	void aBinaryFileIsRefused() {
		byte[] image = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertThat(only(new SourceFile("bild.txt", image)).problem()).isEqualTo("importer.file.binary");
	}

	@Test
	void aFileOverFiveMegabytesIsRefused() {
		byte[] large = new byte[SourceReader.MAX_FILE_BYTES + 1];
		Arrays.fill(large, (byte) 'a');
		SourceText text = only(new SourceFile("stor.txt", large));
		assertThat(text.problem()).isEqualTo("importer.file.too.large");
		assertThat(text.problemArguments()).containsExactly(5);
	}

	@Test
	void oldWordAndPdfAreExplained() {
		assertThat(only(new SourceFile("protokoll.doc", new byte[] { 1, 2, 3 })).problem())
			.isEqualTo("importer.file.unsupported");
		assertThat(only(new SourceFile("protokoll.pdf", "%PDF-1.4".getBytes())).problemArguments())
			.containsExactly("pdf");
	}

	@Test
	void readsWordDocumentsWithHeadingsListsAndTables() throws IOException {
		SourceText text = only(new SourceFile("protokoll.docx", wordDocument()));
		assertThat(text.format()).isEqualTo("docx");
		assertThat(text.text()).contains("## Ledningsgrupp för utveckling 23 mars", "Närvarande",
				"Allan Hedman, socialförvaltningen", "### Fritidsbanken", "Allan har skickat ut en projektplan.");
	}

	@Test
	void aDamagedWordDocumentIsRefused() {
		byte[] damaged = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(only(new SourceFile("trasig.docx", damaged)).problem()).isEqualTo("importer.file.damaged.docx");
	}

	@Test
	void aZipIsReadFileByFileAndOneBadFileDoesNotStopTheRest() throws IOException {
		byte[] zip = zip(new Object[][] { { "2016/000.txt", MINUTES.getBytes(StandardCharsets.UTF_8) },
				{ "2017/gammal.txt", MINUTES.getBytes(TextDecoding.WINDOWS_1252) }, { "tom.txt", new byte[0] },
				{ "__MACOSX/._000.txt", new byte[] { 0, 1 } }, { "2017/protokoll.docx", wordDocument() } });
		List<SourceText> texts = SourceReader.read(List.of(new SourceFile("arkiv.zip", zip)));
		assertThat(texts).extracting(SourceText::name)
			.containsExactly("2016/000.txt", "2017/gammal.txt", "tom.txt", "2017/protokoll.docx");
		assertThat(texts).extracting(SourceText::readable).containsExactly(true, true, false, true);
	}

	@Test
	void aDamagedZipIsExplained() {
		byte[] damaged = { 'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9 };
		assertThat(SourceReader.read(List.of(new SourceFile("arkiv.zip", damaged)))).extracting(SourceText::problem)
			.containsExactly("importer.zip.damaged");
	}

	private static SourceText only(SourceFile file) {
		List<SourceText> texts = SourceReader.read(List.of(file));
		assertThat(texts).hasSize(1);
		return texts.get(0);
	}

	private static byte[] wordDocument() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var title = document.createParagraph();
			title.setStyle("Heading1");
			title.createRun().setText("Ledningsgrupp för utveckling 23 mars");
			document.createParagraph().createRun().setText("Närvarande");
			XWPFTable table = document.createTable(2, 2);
			table.getRow(0).getCell(0).setText("Allan Hedman");
			table.getRow(0).getCell(1).setText("socialförvaltningen");
			table.getRow(1).getCell(0).setText("Gösta Strand");
			table.getRow(1).getCell(1).setText("arbetsmarknadsförvaltningen");
			var heading = document.createParagraph();
			heading.setStyle("Heading2");
			heading.createRun().setText("Fritidsbanken");
			document.createParagraph().createRun().setText("Allan har skickat ut en projektplan.");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] zip(Object[][] entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Object[] entry : entries) {
				zip.putNextEntry(new ZipEntry((String) entry[0]));
				zip.write((byte[]) entry[1]);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
