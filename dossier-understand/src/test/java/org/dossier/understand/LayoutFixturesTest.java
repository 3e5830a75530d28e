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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invented documents in the layouts real UN documents have in each language ({@code
 * layouts/<lang>/NOTES.md} names the real layout each stands for), parsed against the gold values
 * written by hand in {@code layouts/<lang>/gold.jsonl}: every field at least 98 % right in every
 * language.
 */
class LayoutFixturesTest {
  private static final double MIN_ACCURACY = 0.98;
  private static final int MIN_DOCUMENTS = 10;

  static List<String> languages() throws IOException, URISyntaxException {
    try (Stream<Path> directories = Files.list(root())) {
      return directories
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyFieldIsRightInNearlyEveryDocument(String language) throws Exception {
    Path directory = root().resolve(language);
    List<DocumentRecord> gold;
    try (Reader in = Files.newBufferedReader(directory.resolve("gold.jsonl"))) {
      gold = RecordJson.readLines(in);
    }
    List<DocumentRecord> parsed = new ArrayList<>();
    DocumentParser parser = DocumentParser.create();
    for (DocumentRecord expected : gold) {
      Path file = directory.resolve(expected.source());
      parsed.add(parser.parse(expected.source(), Files.readAllBytes(file)).record());
    }

    Evaluation.Report report = Evaluation.evaluate(gold, parsed);

    assertThat(report.documents()).isGreaterThanOrEqualTo(MIN_DOCUMENTS);
    assertThat(report.unmatchedGold()).isEmpty();
    assertThat(report.fields())
        .as("fields below %s in %s; misses:%n%s", MIN_ACCURACY, language, misses(report))
        .allSatisfy(field -> assertThat(field.score()).isGreaterThanOrEqualTo(MIN_ACCURACY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyFixtureHasGoldAndANote(String language) throws Exception {
    Path directory = root().resolve(language);
    String gold = Files.readString(directory.resolve("gold.jsonl"), StandardCharsets.UTF_8);
    String notes = Files.readString(directory.resolve("NOTES.md"), StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(directory)) {
      List<String> fixtures =
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> !name.equals("gold.jsonl") && !name.equals("NOTES.md"))
              .toList();
      assertThat(fixtures).hasSizeGreaterThanOrEqualTo(MIN_DOCUMENTS);
      assertThat(fixtures)
          .allSatisfy(name -> {
            assertThat(gold).contains("\"source\":\"" + name + "\"");
            assertThat(notes).contains(name);
          });
    }
  }

  private static String misses(Evaluation.Report report) {
    return report.misses().stream()
        .map(m ->
            String.format(
                Locale.ROOT,
                "  %s %s: expected %s, got %s",
                m.source(),
                m.field(),
                m.expected(),
                m.actual()))
        .collect(Collectors.joining("\n"));
  }

  private static Path root() throws URISyntaxException {
    return Path.of(
        LayoutFixturesTest.class.getResource("/org/dossier/understand/layouts/").toURI());
  }
}
