package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.installation.ImportedFile;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {
  private static final long SECOND = 1_000_000_000L;
  private static final ImportedFile FILE =
      new ImportedFile(
          "a.txt", ImportedFile.Status.FAILED, null, null, null, List.of(), "not a document");

  private final StringWriter written = new StringWriter();
  private final AtomicLong now = new AtomicLong();
  private final ImportCommand.ProgressLines lines =
      new ImportCommand.ProgressLines(new PrintWriter(written), now::get);

  @Test
  void printsAtMostOneLineEveryTwoSeconds() {
    lines.started(1_000);
    filesOver(100, SECOND);
    assertThat(written.toString()).isEqualTo("Importing 1000 files…" + System.lineSeparator());

    filesOver(100, SECOND);

    assertThat(written.toString())
        .contains("  200/1000 files (20%), 100.0 files/s, about 8 s left");
  }

  @Test
  void theRateIsThatOfTheLastHalfMinuteNotOfTheStart() {
    lines.started(100_000);
    filesOver(20, 60 * SECOND); // a slow start: counting, compiling
    for (int i = 0; i < 20; i++) {
      filesOver(2_000, 2 * SECOND);
    }

    String last = written.toString().lines().reduce((first, second) -> second).orElseThrow();
    assertThat(last).isEqualTo("  40020/100000 files (40%), 1000.0 files/s, about 60 s left");
  }

  /** {@code files} done evenly over {@code nanos}. */
  private void filesOver(int files, long nanos) {
    for (int i = 0; i < files; i++) {
      now.addAndGet(nanos / files);
      lines.fileDone(FILE);
    }
  }
}
