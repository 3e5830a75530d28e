package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invented documents in the layouts of real UN documents, one directory per language under {@code
 * layouts/}, each with its hand-written {@code gold.jsonl} and a {@code NOTES.md} naming the real
 * layout every fixture stands for. Every field must be right in at least 98 % of a language's
 * documents, in each of the six languages.
 */
class LayoutFixturesTest {
  private static final double MIN_FIELD_ACCURACY = 0.98;
  private static final int MIN_DOCUMENTS = 10;
  private static final List<String> NOT_FIXTURES = List.of("gold.jsonl", "NOTES.md");

  static Stream<String> languages() throws IOException, URISyntaxException {
    try (Stream<Path> directories = Files.list(root())) {
      return directories
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void everyLanguageHasItsLayouts() throws Exception {
    assertThat(languages()).containsExactlyInAnyOrder("ar", "en", "es", "fr", "ru", "zh");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyFixtureHasGoldAndANote(String language) throws Exception {
    Path directory = root().resolve(language);
    String notes = Files.readString(directory.resolve("NOTES.md"), StandardCharsets.UTF_8);
    List<String> sources = gold(directory).stream().map(DocumentRecord::source).sorted().toList();
    List<String> names = fixtures(directory).stream().map(f -> f.getFileName().toString()).toList();

    assertThat(names).hasSizeGreaterThanOrEqualTo(MIN_DOCUMENTS);
    assertThat(sources).as("one gold record per fixture").isEqualTo(names);
    assertThat(names).allSatisfy(name -> assertThat(notes).as("NOTES.md").contains(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyFieldIsRightInAtLeast98PercentOfTheDocuments(String language) throws Exception {
    Path directory = root().resolve(language);
    List<Path> fixtures = fixtures(directory);
    List<DocumentRecord> gold = gold(directory);
    DocumentParser parser = DocumentParser.create();
    List<DocumentRecord> parsed = new ArrayList<>();
    for (Path fixture : fixtures) {
      parsed.add(parser.parse(fixture).record());
    }

    Evaluation.Report report = Evaluation.evaluate(gold, parsed);

    assertThat(report.documents()).isGreaterThanOrEqualTo(MIN_DOCUMENTS);
    assertThat(report.unmatchedGold()).isEmpty();
    List<String> weak =
        report.fields().stream()
            .filter(field -> field.score() < MIN_FIELD_ACCURACY)
            .map(field -> String.format(Locale.ROOT, "%s %.3f", field.field(), field.score()))
            .toList();
    assertThat(weak)
        .as("fields under %.2f in %s; misses:%n%s", MIN_FIELD_ACCURACY, language, show(report))
        .isEmpty();
  }

  private static String show(Evaluation.Report report) {
    return report.misses().stream()
        .map(m ->
            m.source()
                + " "
                + m.field()
                + "\n  expected "
                + m.expected()
                + "\n  actual   "
                + m.actual())
        .collect(Collectors.joining("\n"));
  }

  private static List<Path> fixtures(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> !NOT_FIXTURES.contains(f.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  private static List<DocumentRecord> gold(Path directory) throws IOException {
    try (Reader in =
        Files.newBufferedReader(directory.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      return RecordJson.readLines(in);
    }
  }

  private static Path root() throws URISyntaxException {
    return Path.of(LayoutFixturesTest.class.getResource("layouts").toURI());
  }
}
