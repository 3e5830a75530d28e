package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Reads the mastheads of the two real sample documents (an English note verbale in plain text and
 * its French version in Markdown), line by line as the parser will.
 */
class SamplesTest {
  private static List<String> lines(String file) throws IOException {
    Path seeds = seeds();
    assumeTrue(
        seeds != null, "the shared samples (../shared/samples/seeds) are not next to the project");
    return Files.readAllLines(seeds.resolve(file), StandardCharsets.UTF_8).stream()
        .map(line ->
            line.replace("**", "").replace("<sup>er</sup>", "er").replace("\\*", "*").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** Some line of {@code lines} is read by {@code read} as {@code expected}. */
  private static <T> void assertSomeLine(
      List<String> lines, Function<String, Optional<T>> read, T expected) {
    assertThat(lines).anySatisfy(line -> assertThat(read.apply(line)).contains(expected));
  }

  @Test
  void englishMasthead() throws IOException {
    LanguageConventions en = LanguageConventions.of(Language.EN);
    List<String> lines = lines("000_1fda9c2edc89f2e2.txt");
    assertSomeLine(lines, en::parseDistributionLine, Distribution.GENERAL);
    assertSomeLine(lines, en::parseDate, LocalDate.of(2020, 5, 6));
    assertSomeLine(lines, en::parseOriginalLanguageLine, Language.EN);
    assertThat(lines).anySatisfy(l -> assertThat(en.parseSessionHeading(l)).hasValue(43));
    assertSomeLine(
        lines,
        en::parseDateRange,
        new DateRange(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20)));
    assertSomeLine(lines, en::parseAgendaHeading, AgendaHeading.of(4));
    CommunicationTitle title =
        lines.stream().map(en::parseTitle).flatMap(Optional::stream).findFirst().orElseThrow();
    assertThat(title.type()).isEqualTo(DocType.NOTE_VERBALE);
    assertThat(title.date()).isEqualTo(LocalDate.of(2020, 4, 8));
    assertThat(title.country()).contains("AZE");
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(en.findSessionReferences(l)).extracting(Match::value).contains(43));
  }

  @Test
  void frenchMasthead() throws IOException {
    LanguageConventions fr = LanguageConventions.of(Language.FR);
    List<String> lines = lines("002_1a7a508cbf762381.txt");
    assertSomeLine(lines, fr::parseDistributionLine, Distribution.GENERAL);
    assertSomeLine(lines, fr::parseDate, LocalDate.of(2020, 8, 24));
    assertSomeLine(lines, fr::parseVersionLanguageLine, Language.FR);
    assertSomeLine(lines, fr::parseOriginalLanguageLine, Language.EN);
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(fr.findSessionReferences(l)).extracting(Match::value).contains(43));
    assertSomeLine(lines, fr::parseAgendaHeading, AgendaHeading.of(4));
    assertThat(lines).anySatisfy(l -> assertThat(fr.isReproducedAsReceivedNote(l)).isTrue());
    // The title is wrapped over four lines in the Markdown, the first glued to the heading above.
    String text = String.join(" ", lines);
    String title = text.substring(text.indexOf("Note verbale datée"), text.indexOf("Genève") + 6);
    CommunicationTitle parsed = fr.parseTitle(title).orElseThrow();
    assertThat(parsed.date()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(parsed.country()).contains("AZE");
  }

  /** The samples live beside the project root, which is the module directory's parent. */
  private static Path seeds() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path seeds = dir.resolve(Path.of("..", "shared", "samples", "seeds")).normalize();
      if (Files.isDirectory(seeds)) {
        return seeds;
      }
    }
    return null;
  }
}
