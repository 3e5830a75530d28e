package org.dossier.installation;

import java.time.Duration;
import java.util.Objects;

/**
 * How an installation imports. Every value is checked when the settings are made, and a wrong one
 * fails at once with a message naming the setting.
 *
 * @param indexBatchVersions the index catches up with the catalogue, visibly to searches, after
 *     this many imported versions at the latest
 * @param indexBatchInterval ... or after this much time, whichever comes first
 * @param indexCommitVersions the index commits (makes its updates durable) after this many imported
 *     versions at the latest, and at the end of every import; a crash loses at most the index
 *     updates since its last commit, which the catalogue's change log replays when the installation
 *     is next opened
 * @param indexCommitInterval ... or after this much time, whichever comes first
 * @param parseThreads how many files are parsed at the same time (the catalogue writes one at a
 *     time)
 * @param maxFileBytes the largest file, or archive entry once uncompressed, that is imported
 * @param maxArchiveBytes the most bytes one archive may uncompress to, all entries together
 * @param maxArchiveEntries the most entries one archive may have
 */
public record Settings(
    int indexBatchVersions,
    Duration indexBatchInterval,
    int indexCommitVersions,
    Duration indexCommitInterval,
    int parseThreads,
    long maxFileBytes,
    long maxArchiveBytes,
    int maxArchiveEntries) {

  public Settings {
    requireAtLeast("indexBatchVersions", indexBatchVersions, 1);
    requirePositive("indexBatchInterval", indexBatchInterval);
    requireAtLeast("indexCommitVersions", indexCommitVersions, 1);
    requirePositive("indexCommitInterval", indexCommitInterval);
    requireAtLeast("parseThreads", parseThreads, 1);
    requireAtLeast("maxFileBytes", maxFileBytes, 1);
    requireAtLeast("maxArchiveBytes", maxArchiveBytes, maxFileBytes);
    requireAtLeast("maxArchiveEntries", maxArchiveEntries, 1);
  }

  /**
   * Settings fit for a workstation: the index follows every 2,000 versions or 5 seconds (each time
   * it flushes a small segment for searches to see, work that later merges pay for again) and
   * commits every 5,000 versions or 10 seconds; one parser per core.
   */
  public static Settings defaults() {
    return new Settings(
        2_000,
        Duration.ofSeconds(5),
        5_000,
        Duration.ofSeconds(10),
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
        64L << 20,
        4L << 30,
        100_000);
  }

  /** These settings with another index batch size. */
  public Settings withIndexBatchVersions(int versions) {
    return new Settings(
        versions,
        indexBatchInterval,
        indexCommitVersions,
        indexCommitInterval,
        parseThreads,
        maxFileBytes,
        maxArchiveBytes,
        maxArchiveEntries);
  }

  /** These settings with another index commit budget. */
  public Settings withIndexCommits(int versions, Duration interval) {
    return new Settings(
        indexBatchVersions,
        indexBatchInterval,
        versions,
        interval,
        parseThreads,
        maxFileBytes,
        maxArchiveBytes,
        maxArchiveEntries);
  }

  /** These settings with other archive limits. */
  public Settings withLimits(long fileBytes, long archiveBytes, int archiveEntries) {
    return new Settings(
        indexBatchVersions,
        indexBatchInterval,
        indexCommitVersions,
        indexCommitInterval,
        parseThreads,
        fileBytes,
        archiveBytes,
        archiveEntries);
  }

  private static void requireAtLeast(String setting, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          setting + " must be at least " + minimum + ", got " + value);
    }
  }

  private static void requirePositive(String setting, Duration value) {
    Objects.requireNonNull(value, () -> setting + " must be set");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(setting + " must be positive, got " + value);
    }
  }
}
