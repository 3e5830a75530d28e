package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private final Settings defaults = Settings.defaults();

  @Test
  void indexBatchVersionsMustBePositive() {
    assertThatThrownBy(() -> defaults.withIndexBatchVersions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indexBatchVersions must be at least 1, got 0");
  }

  @Test
  void indexBatchIntervalMustBePositive() {
    assertThatThrownBy(() -> new Settings(1, Duration.ZERO, 1, Duration.ofSeconds(1), 1, 10, 10, 1))
        .hasMessage("indexBatchInterval must be positive, got PT0S");
  }

  @Test
  void indexCommitVersionsMustBePositive() {
    assertThatThrownBy(() -> defaults.withIndexCommits(0, Duration.ofSeconds(1)))
        .hasMessage("indexCommitVersions must be at least 1, got 0");
  }

  @Test
  void indexCommitIntervalMustBePositive() {
    assertThatThrownBy(() -> defaults.withIndexCommits(1, Duration.ofSeconds(-1)))
        .hasMessage("indexCommitInterval must be positive, got PT-1S");
  }

  @Test
  void parseThreadsMustBePositive() {
    assertThatThrownBy(
            () -> new Settings(1, Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 0, 10, 10, 1))
        .hasMessage("parseThreads must be at least 1, got 0");
  }

  @Test
  void anArchiveMayNotBeSmallerThanOneFile() {
    assertThatThrownBy(() -> defaults.withLimits(100, 99, 10))
        .hasMessage("maxArchiveBytes must be at least 100, got 99");
  }

  @Test
  void archiveEntriesMustBePositive() {
    assertThatThrownBy(() -> defaults.withLimits(100, 100, 0))
        .hasMessage("maxArchiveEntries must be at least 1, got 0");
  }
}
