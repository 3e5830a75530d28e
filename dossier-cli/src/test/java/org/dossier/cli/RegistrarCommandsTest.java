package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registrar's commands on the two shared samples, which print no symbol and are two different
 * notes verbales: both wait for a symbol after import.
 */
class RegistrarCommandsTest {
  private static final Pattern KEY =
      Pattern.compile("^(provisional:(en|fr)-\\p{XDigit}+)", Pattern.MULTILINE);

  @TempDir Path temp;
  private Path data;
  private String english;
  private String french;

  record Run(int code, String out, String err) {}

  private Run dossier(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] withData = new String[args.length + 1];
    withData[0] = args[0];
    withData[1] = "--data=" + data;
    System.arraycopy(args, 1, withData, 2, args.length - 1);
    int code = Main.run(withData, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void importTheSamples() {
    Path seeds = Path.of("../../shared/samples/seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "the shared samples are absent");
    data = temp.resolve("data");
    Run imported = dossier("import", seeds.toString());
    assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
    Run listed = dossier("provisional");
    Matcher keys = KEY.matcher(listed.out());
    while (keys.find()) {
      if (keys.group(2).equals("en")) {
        english = keys.group(1);
      } else {
        french = keys.group(1);
      }
    }
    assertThat(english).isNotNull();
    assertThat(french).isNotNull();
  }

  @Test
  void provisionalListsEachWaitingDocumentWithItsEvidence() {
    Run run = dossier("provisional");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("2 document(s) waiting for a symbol")
        .contains("facts: Human Rights Council, session 43; note-verbale; title date 2020-04-08")
        .contains("note: No symbol printed")
        .contains("en: 000_1fda9c2edc89f2e2.txt")
        .doesNotContain("More:");
    assertThat(dossier("provisional", "--page-size", "1").out()).contains("More: --after ");
  }

  @Test
  void assignGivesTheSymbolAndTheIndexFollows() {
    Run run = dossier("assign", english, "a/hrc/43/g/17");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Assigned to " + english + ": A/HRC/43/G/17 (#");
    assertThat(dossier("provisional").out()).startsWith("1 document(s) waiting");
    assertThat(dossier("search", "symbol:A/HRC/43/G/17").out()).contains("A/HRC/43/G/17");
  }

  @Test
  void assignRefusesATakenSymbolUnlessAskedToMerge() {
    dossier("assign", english, "A/HRC/43/G/17");

    Run refused = dossier("assign", french, "A/HRC/43/G/17");
    Run merged = dossier("assign", french, "A/HRC/43/G/17", "--merge");

    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err().strip())
        .isEqualTo(
            "dossier: A/HRC/43/G/17 is already the symbol of a catalogued document (versions en);"
                + " to merge "
                + french
                + " into it, assign again with --merge");
    assertThat(merged.code()).as(merged.err()).isZero();
    assertThat(merged.out())
        .contains("Merged " + french + " into A/HRC/43/G/17")
        .contains("[en, fr]");
  }

  @Test
  void assignRefusesWhatIsNotASymbol() {
    Run run = dossier("assign", english, "A/HRC/43//17");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("dossier: ").contains("A/HRC/43//17");
    assertThat(dossier("provisional").out()).startsWith("2 document(s) waiting");
  }

  @Test
  void mergeAndSplitCorrectMatchingByHand() {
    Run merged = dossier("merge", english, french);
    Run split = dossier("split", english, "fr");

    assertThat(merged.code()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("versions [en, fr]");
    assertThat(split.code()).as(split.err()).isZero();
    assertThat(split.out())
        .startsWith("Split the fr version of " + english + " off: " + french + " (#")
        .contains("versions [fr])");
    assertThat(dossier("provisional").out()).startsWith("2 document(s) waiting");
    assertThat(dossier("check").code()).isZero();
  }

  @Test
  void correctionsNameWhatIsWrong() {
    Run unknown = dossier("merge", english, "#999");
    Run onlyVersion = dossier("split", english, "en");
    Run badLanguage = dossier("split", english, "xx");

    assertThat(unknown.err()).startsWith("dossier: no document #999 in ");
    assertThat(onlyVersion.err().strip())
        .isEqualTo("dossier: Cannot split " + english + ": its en version is its only one");
    assertThat(badLanguage.code()).isEqualTo(2);
  }
}
