package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.DocumentParser;
import org.dossier.understand.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void scoresEachFieldAndListsTheMisses() throws Exception {
    Path note =
        Files.writeString(
            dir.resolve("note.txt"), "Distr.: General\n\nLetter dated 3 March 2021\n");
    DocumentRecord parsed = DocumentParser.create().parse(note).record();
    DocumentRecord gold = parsed.toBuilder().country("KEN").build();
    Path goldFile =
        Files.writeString(dir.resolve("gold.jsonl"), RecordJson.toJsonLine(gold) + "\n");

    int code =
        run("eval", "--gold", goldFile.toString(), "--min-accuracy", "0.99", note.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .containsPattern("field +en +all")
        .containsPattern("documents +1 +1")
        .containsPattern("distribution +100\\.0% +100\\.0%")
        .containsPattern("country +0\\.0% +0\\.0%")
        .contains("overall")
        .contains("country: expected KEN, got null");
    assertThat(err.toString())
        .isEqualTo("dossier: country in en is 0.0% over 1 documents, below --min-accuracy 0.99\n");
  }

  @Test
  void aDirectoryIsReadRecursivelySkippingTheGoldFile() throws Exception {
    Path note =
        Files.writeString(
            Files.createDirectories(dir.resolve("docs/2021")).resolve("note.txt"),
            "Distr.: General\n\nLetter dated 3 March 2021\n");
    DocumentRecord parsed = DocumentParser.create().parse(note).record();
    Path goldFile =
        Files.writeString(dir.resolve("gold.jsonl"), RecordJson.toJsonLine(parsed) + "\n");

    int code = run("eval", "--gold", goldFile.toString(), "--min-accuracy", "1", dir.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).containsPattern("documents +1 +1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aRefusedFileMissesEveryFieldOfItsGold() throws Exception {
    Path note =
        Files.writeString(
            dir.resolve("note.txt"), "Distr.: General\n\nLetter dated 3 March 2021\n");
    DocumentRecord parsed = DocumentParser.create().parse(note).record();
    Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
    DocumentRecord refusedGold = DocumentRecord.builder("empty.pdf").language(Language.FR).build();
    Path goldFile =
        Files.writeString(
            dir.resolve("gold.jsonl"),
            RecordJson.toJsonLine(parsed) + "\n" + RecordJson.toJsonLine(refusedGold) + "\n");

    int code =
        run(
            "eval",
            "--gold",
            goldFile.toString(),
            "--min-accuracy",
            "0.5",
            note.toString(),
            empty.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .containsPattern("symbol +100\\.0% +0\\.0% +50\\.0%")
        .contains("empty.pdf: no record (refused or not given), every field");
    assertThat(err.toString())
        .contains("(every field of its gold record missed)")
        .contains("dossier: symbol in fr is 0.0% over 1 documents, below --min-accuracy 0.5");
  }

  @Test
  void aGoldRecordWithoutItsFileIsAMissNotASkip() throws Exception {
    Path note =
        Files.writeString(
            dir.resolve("note.txt"), "Distr.: General\n\nLetter dated 3 March 2021\n");
    DocumentRecord parsed = DocumentParser.create().parse(note).record();
    Path goldFile =
        Files.writeString(
            dir.resolve("gold.jsonl"),
            RecordJson.toJsonLine(parsed)
                + "\n"
                + RecordJson.toJsonLine(
                    DocumentRecord.builder("absent.txt").language(Language.EN).build())
                + "\n");

    int code = run("eval", "--gold", goldFile.toString(), note.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .containsPattern("documents +2 +2")
        .containsPattern("symbol +50\\.0% +50\\.0%")
        .contains("absent.txt: no record (refused or not given), every field");
  }

  @Test
  void nothingScoredIsAnErrorNeverOneHundredPercent() throws Exception {
    Path note =
        Files.writeString(
            dir.resolve("note.txt"), "Distr.: General\n\nLetter dated 3 March 2021\n");
    Path goldFile =
        Files.writeString(
            dir.resolve("gold.jsonl"),
            RecordJson.toJsonLine(DocumentRecord.builder("other.txt").language(Language.EN).build())
                + "\n");
    Path emptyGold = Files.writeString(dir.resolve("empty.jsonl"), "");

    assertThat(run("eval", "--gold", goldFile.toString(), note.toString())).isEqualTo(1);
    assertThat(run("eval", "--gold", emptyGold.toString(), note.toString())).isEqualTo(1);
    assertThat(out.toString()).doesNotContain("100.0%");
    assertThat(err.toString())
        .contains(
            "dossier: nothing scored: none of the files given has a gold record in " + goldFile)
        .contains(
            "dossier: nothing scored: none of the files given has a gold record in " + emptyGold);
  }

  @Test
  void badGoldFileIsOneLineError() throws IOException {
    Path goldFile = Files.writeString(dir.resolve("gold.jsonl"), "{\"language\":\"xx\"}\n");

    assertThat(run("eval", "--gold", goldFile.toString(), goldFile.toString())).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "dossier: " + goldFile + ": line 1: field 'language' has an unknown value 'xx'");
  }
}
