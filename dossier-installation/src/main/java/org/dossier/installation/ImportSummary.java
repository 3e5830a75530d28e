package org.dossier.installation;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an import did, for the closing summary.
 *
 * @param files the files read, archive entries included
 * @param documents the distinct documents the imported versions belong to
 * @param created versions new to the catalogue
 * @param unchanged files already catalogued
 * @param updated changed files that became new revisions
 * @param warnings parser warnings over all imported files
 * @param failed files not imported
 * @param elapsed how long it took
 * @param report the report file listing every failure and warning
 * @param stages where the time went
 */
public record ImportSummary(
    int files,
    int documents,
    int created,
    int unchanged,
    int updated,
    int warnings,
    int failed,
    Duration elapsed,
    Path report,
    ImportStages stages) {

  /** Versions imported, changed or not. */
  public int versions() {
    return created + unchanged + updated;
  }

  /** Files read per second. */
  public double filesPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return files / seconds;
  }
}
