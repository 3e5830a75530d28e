package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.Installation;
import org.dossier.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation commands end to end, through {@code Main.run}, on a generated corpus in the six
 * languages imported once for the class.
 */
class InstallationCommandsTest {
  private static final int DOCUMENTS = 8;
  private static final Pattern REPORT = Pattern.compile("report: (\\S+)");

  @TempDir static Path shared;
  @TempDir Path temp;

  private static Path corpus;
  private static Path data;
  private static List<GeneratedDocument> truth;
  private static String firstImport;

  /** The output, error output and exit code of one command. */
  record Run(int code, String out, String err) {}

  static Run dossier(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void importTheCorpus() throws IOException {
    corpus = shared.resolve("corpus");
    DemoCorpus.write(corpus, DOCUMENTS, DemoCorpus.SEED);
    truth = new CorpusGenerator(DemoCorpus.SEED).documents(DOCUMENTS).toList();
    data = shared.resolve("data");
    Run run = dossier("import", "--data", data.toString(), corpus.toString());
    firstImport = run.out();
  }

  @Test
  void importSummarisesWhatItDidAndWritesAReport() {
    assertThat(firstImport)
        .containsPattern(
            "Imported \\d+ versions of \\d+ documents from " + DOCUMENTS * 6 + " files")
        .contains("new ")
        .contains("updated 0, unchanged 0");
    Matcher report = REPORT.matcher(firstImport);
    assertThat(report.find()).isTrue();
    assertThat(Path.of(report.group(1))).isRegularFile().hasParent(data.resolve("reports"));
  }

  @Test
  void searchInEachLanguageFindsTheDocumentsWhoseTextSaysSo() {
    Map<Language, String> words =
        Map.of(
            Language.EN, "Council",
            Language.FR, "Conseil",
            Language.ES, "Consejo",
            Language.RU, "Совета",
            Language.AR, "حقوق",
            Language.ZH, "理事会");
    words.forEach((language, word) -> {
      List<String> expected = catalogued(language, word);
      assertThat(expected).as("catalogued documents saying %s", word).isNotEmpty();
      Run run =
          dossier(
              "search",
              "--data",
              data.toString(),
              "--lang",
              language.code(),
              "--page-size",
              "50",
              word);
      assertThat(run.code()).isZero();
      if (language == Language.ZH) {
        // Chinese words are segmented by context: 理事会 inside 人权理事会 is not always a token.
        assertThat(run.out())
            .as("zh search for %s", word)
            .containsAnyOf(expected.toArray(String[]::new));
      } else {
        assertThat(run.out()).as("%s search for %s", language, word).contains(expected);
      }
    });
  }

  /**
   * The symbols of the generated documents catalogued with a {@code language} version whose clean
   * text has {@code word} as a whole word (in Chinese, anywhere).
   */
  private static List<String> catalogued(Language language, String word) {
    // Chinese is written without spaces: any occurrence counts there.
    Pattern whole =
        Pattern.compile(
            language == Language.ZH
                ? Pattern.quote(word)
                : "(?U)(?<!\\w)" + Pattern.quote(word) + "(?!\\w)");
    try (Installation installation = Installation.open(data)) {
      var catalogue = installation.catalogue();
      return truth.stream()
          .map(GeneratedDocument::symbol)
          .filter(symbol ->
              catalogue.find(symbol).stream()
                  .flatMap(document -> catalogue.currentVersions(document.id()).stream())
                  .anyMatch(v -> v.language() == language && whole.matcher(v.text()).find()))
          .toList();
    }
  }

  @Test
  void searchAsJsonWithFacets() {
    Run run =
        dossier(
            "search",
            "--data",
            data.toString(),
            "-f",
            "json",
            "--facets",
            "--page-size",
            "3",
            "body:HRC");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"total\"", "\"hits\"", "\"facets\"", "\"body\"", "\"HRC\"");
  }

  @Test
  void aQuerySyntaxErrorIsOneLineNamingTheColumnWithExitCode2() {
    Run run = dossier("search", "--data", data.toString(), "rights AND");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("dossier: query syntax: 'AND' must be followed by a search term at column 8\n");
  }

  @Test
  void showPrintsVersionsAndTheFamilyBothWays() {
    GeneratedDocument member =
        truth.stream().filter(d -> d.base().isPresent()).findFirst().orElseThrow();
    Run shown =
        dossier("show", "--data", data.toString(), member.symbol().toLowerCase(Locale.ROOT));
    assertThat(shown.code()).isZero();
    assertThat(shown.out()).startsWith(member.symbol()).contains("Versions", "Family:");
    for (var version : member.versions()) {
      assertThat(shown.out()).contains("  " + version.language().code() + "  rev 1  ");
    }
    assertThat(shown.out()).containsPattern(" of " + Pattern.quote(member.base().get()));
    Run base = dossier("show", "--data", data.toString(), member.base().get());
    assertThat(base.out())
        .contains("Family:")
        .containsPattern(": " + Pattern.quote(member.symbol()));
  }

  @Test
  void showPrintsWhatADocumentCitesAndWhatCitesIt() {
    GeneratedDocument citing =
        truth.stream()
            .filter(d -> d.cites().stream().anyMatch(this::inCorpus))
            .findFirst()
            .orElseThrow();
    String cited = citing.cites().stream().filter(this::inCorpus).findFirst().orElseThrow();
    assertThat(dossier("show", "--data", data.toString(), citing.symbol()).out())
        .contains("Cites:", "  " + cited);
    assertThat(dossier("show", "--data", data.toString(), cited).out())
        .contains("Cited by:", "  " + citing.symbol());
  }

  @Test
  void showPrintsOneVersionAsJsonAknOrText() {
    String symbol = truth.getFirst().symbol();
    assertThat(
            dossier("show", "--data", data.toString(), "--lang", "fr", "--format", "json", symbol)
                .out())
        .contains("\"language\" : \"fr\"");
    assertThat(dossier("show", "--data", data.toString(), "--format", "akn", symbol).out())
        .contains("<akomaNtoso");
    assertThat(dossier("show", "--data", data.toString(), "--lang", "ru", symbol).out())
        .contains(truth.getFirst().version(Language.RU).truth().title().substring(0, 10));
  }

  @Test
  void anUnknownSymbolSuggestsCloseOnes() {
    String known = truth.getFirst().symbol();
    String typo = known.substring(0, known.length() - 1) + "9";
    Run run = dossier("show", "--data", data.toString(), typo);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("dossier: no document " + typo + " in ")
        .contains("did you mean " + known);
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() {
    Run again = dossier("import", "--data", data.toString(), corpus.toString());
    assertThat(again.out()).contains("new 0, updated 0, unchanged ");
    assertThat(dossier("check", "--data", data.toString()).out()).contains("Consistent.");
  }

  @Test
  void aChangedFileBecomesARevision() throws IOException {
    Path data = temp.resolve("data");
    Path file = anEnglishTextFile();
    Path copy = Files.copy(file, temp.resolve(file.getFileName()));
    assertThat(dossier("import", "--data", data.toString(), copy.toString()).out())
        .contains("new 1,");
    Files.writeString(
        copy,
        Files.readString(copy, StandardCharsets.UTF_8) + "\nA closing paragraph added later.\n",
        StandardCharsets.UTF_8);
    assertThat(dossier("import", "--data", data.toString(), copy.toString()).out())
        .contains("updated 1,");
    String symbol = symbolOf(file);
    assertThat(dossier("show", "--data", data.toString(), symbol).out())
        .contains("  en  rev 1  ", "  en  rev 2  ");
  }

  @Test
  void aCorruptFileIsReportedAndDoesNotStopTheBatch() throws IOException {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    Path broken = Files.write(inbox.resolve("a-broken.docx"), garbage);
    Files.copy(anEnglishTextFile(), inbox.resolve("b-good.txt"));
    Run run = dossier("import", "--data", temp.resolve("data").toString(), inbox.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("new 1,", "failed 1,");
    Matcher report = REPORT.matcher(run.out());
    assertThat(report.find()).isTrue();
    assertThat(Files.readString(Path.of(report.group(1)), StandardCharsets.UTF_8))
        .startsWith("status\tsource\tdetail\n")
        .contains("FAILED\t" + broken + "\t");
  }

  @Test
  void aScannedPdfIsAFailureSayingItNeedsOcrAndTheImportGoesOn() throws IOException {
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    Path scan = Files.copy(RealSamples.scannedPdf(), inbox.resolve("a-scan.pdf"));
    Files.copy(anEnglishTextFile(), inbox.resolve("b-good.txt"));

    Run run = dossier("import", "--data", temp.resolve("data").toString(), inbox.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("new 1,", "failed 1,");
    Matcher report = REPORT.matcher(run.out());
    assertThat(report.find()).isTrue();
    assertThat(Files.readString(Path.of(report.group(1)), StandardCharsets.UTF_8))
        .contains("FAILED\t" + scan + "\t")
        .contains("no text layer: a scanned image, it needs OCR");
  }

  @Test
  void importsTheEntriesOfAZipArchive() throws IOException {
    Path zip = temp.resolve("batch.zip");
    List<Path> files;
    try (var listing = Files.list(corpus)) {
      files = listing.sorted().limit(3).toList();
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path file : files) {
        out.putNextEntry(new ZipEntry("inbox/" + file.getFileName()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    Run run = dossier("import", "--data", temp.resolve("data").toString(), zip.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("from 3 files", "new 3, updated 0, unchanged 0, failed 0");
  }

  @Test
  void refusesADirectoryThatIsNotAnInstallation() throws IOException {
    Files.writeString(temp.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
    Run run = dossier("search", "--data", temp.toString(), "water");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "dossier: "
                + temp.toAbsolutePath()
                + " is not a Dossier data directory: it is not empty and has no"
                + " dossier-installation.properties (give a new or empty directory with --data)\n");
  }

  @Test
  void checkReindexAndBackupKeepTheInstallationConsistent() {
    assertThat(dossier("reindex", "--data", data.toString()).out()).startsWith("Reindexed ");
    Path backup = temp.resolve("backup");
    Run backedUp = dossier("backup", "--data", data.toString(), backup.toString());
    assertThat(backedUp.code()).isZero();
    Run check = dossier("check", "--data", backup.toString());
    assertThat(check.code()).isZero();
    assertThat(check.out()).contains("Consistent.");
  }

  @Test
  void anEmptyDataVariableIsAConfigurationErrorNamingIt() {
    DataOption option = new DataOption();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> option.directory(Map.of("DOSSIER_DATA", " ")))
        .hasMessage(
            "DOSSIER_DATA is set but empty: set it to a data directory, unset it, or pass --data DIR");
    assertThat(option.directory(Map.of())).isEqualTo(Path.of("data"));
    assertThat(option.directory(Map.of("DOSSIER_DATA", "/srv/dossier")))
        .isEqualTo(Path.of("/srv/dossier"));
  }

  private boolean inCorpus(String symbol) {
    return truth.stream().anyMatch(d -> d.symbol().equals(symbol));
  }

  private static Path anEnglishTextFile() throws IOException {
    try (var files = Files.list(corpus)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("-EN.txt"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  private static String symbolOf(Path file) {
    String name = file.getFileName().toString();
    Optional<GeneratedDocument> document =
        truth.stream()
            .filter(
                d -> d.version(Language.EN).fileName(org.dossier.corpus.Format.TXT).equals(name))
            .findFirst();
    return document.orElseThrow().symbol();
  }
}
