package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
  }

  @Test
  void writesEveryRequestedFileAndOneGoldRecordPerFile() throws IOException {
    int code =
        run(
            "generate",
            "--docs",
            "5",
            "--out",
            out.toString(),
            "--seed",
            "3",
            "--formats",
            "txt,md",
            "--languages",
            "en,fr");

    assertThat(code).as(stderr.toString()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("gold.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5 * 2 * 2);
    for (String line : lines) {
      DocumentRecord record = RecordJson.read(line);
      assertThat(out.resolve(record.source())).isRegularFile();
      assertThat(record.language()).isIn(Language.EN, Language.FR);
    }
    assertThat(stdout.toString())
        .isEqualTo(
            "Wrote 5 documents, 20 files to "
                + out.resolve("docs")
                + " and gold.jsonl to "
                + out
                + System.lineSeparator());
    List<String> manifest = Files.readAllLines(out.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    assertThat(manifest).hasSize(1 + lines.size());
    assertThat(manifest.get(1))
        .matches("docs/[a-z]+/\\w+/\\S+\\.(txt|md)\t(UTF-8|UTF-16|windows-125[26])\t.*");
  }

  @Test
  void theGeneratedDocumentsImportWithoutFailures() {
    run("generate", "--docs", "2", "--out", out.resolve("corpus").toString(), "--seed", "5");
    Path data = out.resolve("data");

    int code = run("import", "--data", data.toString(), out.resolve("corpus/docs").toString());

    assertThat(code).as(stdout + "\n" + stderr).isZero();
    assertThat(stdout.toString()).contains("new 12, updated 0, unchanged 0, failed 0");
  }

  @Test
  void theSameSeedWritesTheSameGold() throws IOException {
    run("generate", "--docs", "3", "--out", out.resolve("a").toString(), "--languages", "en");
    run("generate", "--docs", "3", "--out", out.resolve("b").toString(), "--languages", "en");
    assertThat(Files.readString(out.resolve("a/gold.jsonl")))
        .isEqualTo(Files.readString(out.resolve("b/gold.jsonl")));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(run("generate", "--docs", "1", "--out", out.toString(), "--formats", "rtf"))
        .isEqualTo(2);
    assertThat(stderr.toString())
        .startsWith(
            "dossier: --formats: Unknown format 'rtf'; expected one of txt, md, html, docx, pdf");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    assertThat(run("generate", "--docs", "1", "--out", out.toString(), "--languages", "de"))
        .isEqualTo(2);
    assertThat(stderr.toString()).contains("--languages: unknown language 'de'");
  }
}
