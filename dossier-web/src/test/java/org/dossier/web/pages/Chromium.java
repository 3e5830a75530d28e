package org.dossier.web.pages;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (stack.md §1: no browser download, these launch flags),
 * and where the browser tests put their screenshots ({@code target/screenshots}, or {@code
 * -Ddossier.screenshots=DIR}: {@code docs/screenshots} is made so).
 */
final class Chromium {
  private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /** Skips the calling test class on a machine without Chromium (CI installs it: .ci/run). */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(EXECUTABLE) || System.getenv("CI") != null,
        "no " + EXECUTABLE + ": browser tests skipped");
  }

  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setArgs(
                    List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run")));
  }

  /** Closes, in this order, what a browser test opened; what it never opened is {@code null}. */
  static void close(AutoCloseable... opened) throws Exception {
    for (AutoCloseable each : opened) {
      if (each != null) {
        each.close();
      }
    }
  }

  /** The screenshot directory, created. */
  static Path screenshots() {
    Path directory =
        Path.of(System.getProperty("dossier.screenshots", "target/screenshots")).toAbsolutePath();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }
}
