package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.DocumentRecord;
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
        .containsPattern("distribution +100\\.0%")
        .containsPattern("country +0\\.0%")
        .contains("overall")
        .contains("country: expected KEN, got null");
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
    assertThat(out.toString()).contains("(1 documents)");
    assertThat(err.toString()).isEmpty();
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
