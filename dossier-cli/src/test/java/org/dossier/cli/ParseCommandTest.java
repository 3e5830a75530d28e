package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final String NOTE =
      "General Assembly\n\nDistr.: General\n10 March 2021\n\nHuman Rights Council\n"
          + "Forty-sixth session\n\nNote verbale dated 3 March 2021 from the Permanent Mission of"
          + " Kenya to the United Nations Office at Geneva addressed to the Office of the United"
          + " Nations High Commissioner for Human Rights\n\nThe Mission recalls resolution 60/251.\n";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void oneFileGivesPrettyJson() throws IOException {
    Path note = write("note.txt", NOTE.getBytes(StandardCharsets.UTF_8));

    assertThat(run("parse", note.toString())).isZero();
    assertThat(out.toString())
        .startsWith("{\n")
        .contains("\"docType\" : \"note-verbale\"")
        .contains("\"country\" : \"KEN\"");
  }

  @Test
  void severalFilesGiveJsonLinesAndABadOneDoesNotStopTheBatch() throws IOException {
    Path note = write("note.txt", NOTE.getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.txt", new byte[0]);

    assertThat(run("parse", note.toString(), empty.toString(), note.toString())).isEqualTo(1);
    assertThat(out.toString().lines()).hasSize(2).allMatch(line -> line.startsWith("{\"source\""));
    assertThat(err.toString())
        .isEqualTo("dossier: " + empty + ": empty file" + System.lineSeparator());
  }

  @Test
  void jsonlIsOneLinePerRecordEvenForOneFile() throws IOException {
    Path note = write("note.txt", NOTE.getBytes(StandardCharsets.UTF_8));

    assertThat(run("parse", "--format", "jsonl", note.toString())).isZero();
    assertThat(out.toString().lines())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("{\"source\"").endsWith("}"));
  }

  @Test
  void aScannedPdfIsOneClearLineAndTheBatchGoesOn() throws IOException {
    Path scan = RealSamples.scannedPdf();
    Path note = write("note.txt", NOTE.getBytes(StandardCharsets.UTF_8));

    assertThat(run("parse", scan.toString(), note.toString())).isEqualTo(1);
    assertThat(out.toString().lines()).singleElement().asString().contains("\"KEN\"");
    assertThat(err.toString())
        .isEqualTo(
            "dossier: "
                + scan
                + ": no text layer: a scanned image, it needs OCR"
                + System.lineSeparator());
  }

  @Test
  void aknAndCleanTextGoToFilesForSeveralInputs() throws IOException {
    Path note = write("note.txt", NOTE.getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");

    assertThat(run("parse", "--format", "akn", "-o", out.toString(), note.toString())).isZero();
    assertThat(Files.readString(out.resolve("note.txt.akn.xml"))).contains("<akomaNtoso");
    assertThat(run("parse", "-f", "text", "--out", out.toString(), note.toString())).isZero();
    assertThat(Files.readString(out.resolve("note.txt.txt"))).contains("resolution 60/251");
    assertThat(run("parse", "--format", "text", note.toString())).isZero();
    assertThat(this.out.toString()).contains("The Mission recalls resolution 60/251.");
  }

  @Test
  void severalInputsAsAknOnStandardOutputIsAUsageError() throws IOException {
    Path note = write("note.txt", NOTE.getBytes(StandardCharsets.UTF_8));

    assertThat(run("parse", "-f", "akn", note.toString(), note.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("dossier: --format akn with several files needs");
  }

  @Test
  void missingFileIsNamed() {
    assertThat(run("parse", dir.resolve("nope.txt").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("nope.txt: no such file");
  }
}
