package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.installation.ImportListener;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.ImportedFile;
import org.dossier.installation.Installation;
import org.dossier.web.ServerImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier import PATH…}: catalogues and indexes files, directories and zip archives. Exit
 * code 1 when some file could not be imported (the others are); the report file lists why. When
 * {@code dossier serve} holds the data directory, the server imports them while it goes on serving.
 */
@Command(
    name = "import",
    description = "Import documents: files, directories (recursively) and zip archives.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or .zip.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<ServerImports> server = ServerImports.find(data.directory());
    if (server.isPresent()) {
      out.println(
          "The data directory is served at " + server.get().address() + ": importing through it");
      ImportSummary summary =
          server.get().importFiles(paths, new ProgressLines(out, System::nanoTime));
      printSummary(summary, out);
      return summary.failed() == 0 ? 0 : 1;
    }
    try (Installation installation = data.open()) {
      ImportSummary summary = importWithProgress(installation, paths, out);
      printSummary(summary, out);
      return summary.failed() == 0 ? 0 : 1;
    }
  }

  /** Imports with a progress bar on a terminal, or a progress line every few seconds otherwise. */
  static ImportSummary importWithProgress(
      Installation installation, List<Path> paths, PrintWriter out) {
    if (System.console() == null) {
      return installation.importFiles(paths, new ProgressLines(out, System::nanoTime));
    }
    try (ProgressBarListener bar = new ProgressBarListener()) {
      return installation.importFiles(paths, bar);
    }
  }

  static void printSummary(ImportSummary summary, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Imported %d versions of %d documents from %d files in %.1f s (%.1f files/s)%n",
        summary.versions(),
        summary.documents(),
        summary.files(),
        summary.elapsed().toMillis() / 1000.0,
        summary.filesPerSecond());
    out.printf(
        Locale.ROOT,
        "  new %d, updated %d, unchanged %d, failed %d, warnings %d%n",
        summary.created(),
        summary.updated(),
        summary.unchanged(),
        summary.failed(),
        summary.warnings());
    out.println("  report: " + summary.report());
  }

  /**
   * Plain progress lines for logs and pipes, at most one every two seconds. The rate and the time
   * left are those of the last half minute, so that a long import's estimate follows its current
   * pace rather than its start-up.
   */
  static final class ProgressLines implements ImportListener {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private static final int RATE_OVER_LINES = 15;
    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final ArrayDeque<long[]> recent = new ArrayDeque<>();
    private long lastLine;
    private int total;
    private int done;

    ProgressLines(PrintWriter out, LongSupplier nanoClock) {
      this.out = out;
      this.nanoClock = nanoClock;
    }

    @Override
    public void started(int files) {
      total = files;
      lastLine = nanoClock.getAsLong();
      recent.add(new long[] {lastLine, 0});
      out.println("Importing " + files + " files…");
      out.flush();
    }

    @Override
    public void fileDone(ImportedFile file) {
      done++;
      long now = nanoClock.getAsLong();
      if (now - lastLine >= EVERY_NANOS) {
        long[] since = recent.peekFirst();
        double rate = (done - since[1]) / ((now - since[0]) / 1e9);
        out.printf(
            Locale.ROOT,
            "  %d/%d files (%d%%), %.1f files/s, about %.0f s left%n",
            done,
            total,
            done * 100L / Math.max(total, 1),
            rate,
            (total - done) / rate);
        out.flush();
        lastLine = now;
        recent.addLast(new long[] {now, done});
        if (recent.size() > RATE_OVER_LINES) {
          recent.removeFirst();
        }
      }
    }
  }

  /** A progress bar with rate and ETA on the terminal's standard error. */
  private static final class ProgressBarListener implements ImportListener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void started(int files) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Importing")
              .setInitialMax(files)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" files", 1)
              .showSpeed()
              .build();
    }

    @Override
    public void fileDone(ImportedFile file) {
      bar.step();
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
