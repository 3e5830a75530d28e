package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the catalogue; check, reindex and backup see and repair disagreements. */
class ConsistencyTest {
  @TempDir Path temp;

  @Test
  void theIndexCatchesUpWithCatalogueChangesWhenOpened() {
    Path data = temp.resolve("data");
    try (Installation installation = Installation.open(data)) {
      // Committed to the catalogue, then the process "dies" before the index hears of it.
      Records.put(installation, "A/HRC/43/1", Language.EN, "first report on water");
      Records.put(installation, "A/HRC/43/2", Language.FR, "second rapport sur l'eau");
      assertThat(Checker.indexedDocuments(installation.index())).isEmpty();
    }
    try (Installation reopened = Installation.open(data)) {
      assertThat(reopened.index().lastAppliedChange()).isEqualTo(reopened.catalogue().lastChange());
      assertThat(Checker.indexedDocuments(reopened.index()).values())
          .containsExactlyInAnyOrder("A/HRC/43/1", "A/HRC/43/2");
      assertThat(reopened.check().problems()).isEmpty();
    }
  }

  @Test
  void checkReportsDocumentsTheIndexHasNotAppliedAndReindexRepairsThem() {
    try (Installation installation = Installation.open(temp)) {
      Records.put(installation, "A/HRC/43/1", Language.EN, "first report");
      CheckReport before = installation.check();
      assertThat(before.problems())
          .containsExactly(
              "A/HRC/43/1 is in the catalogue but not in the index",
              "the index has applied catalogue change 0 but the catalogue is at 1");
      assertThat(installation.reindex()).isEqualTo(1);
      CheckReport after = installation.check();
      assertThat(after.consistent()).isTrue();
      assertThat(after.indexed()).isEqualTo(1);
    }
  }

  @Test
  void checkReportsAnOriginalFileWhoseBytesNoLongerMatchTheirHash() throws IOException {
    try (Installation installation = Installation.open(temp)) {
      Records.put(installation, "A/HRC/43/1", Language.EN, "first report");
      installation.catchUp();
      Path stored;
      try (Stream<Path> files = Files.walk(temp.resolve("files"))) {
        stored =
            files.filter(f -> f.getFileName().toString().length() == 64).findFirst().orElseThrow();
      }
      Files.writeString(stored, "tampered", StandardCharsets.UTF_8);
      assertThat(installation.check().problems())
          .singleElement()
          .asString()
          .startsWith("A/HRC/43/1 (en, revision 1): its original file")
          .endsWith("is missing from the file store or does not match its hash");
    }
  }

  @Test
  void checkNotesStoreFilesNoVersionRefersTo() {
    try (Installation installation = Installation.open(temp)) {
      installation
          .fileStore()
          .put("stored, then the import was killed".getBytes(StandardCharsets.UTF_8));
      CheckReport report = installation.check();
      assertThat(report.consistent()).isTrue();
      assertThat(report.notes())
          .singleElement()
          .asString()
          .startsWith("1 file(s) in the file store");
    }
  }

  @Test
  void aBackupIsAConsistentInstallationWithTheSameDocuments() {
    Path backup = temp.resolve("backup");
    try (Installation installation = Installation.open(temp.resolve("data"))) {
      Records.put(installation, "A/HRC/43/1", Language.EN, "first report");
      Records.put(installation, "A/HRC/43/1", Language.ES, "primer informe");
      installation.catchUp();
      // Catalogued after the index's last commit: the backup's index must catch up on opening.
      Records.put(installation, "A/HRC/43/2", Language.RU, "второй доклад");
      BackupSummary summary = installation.backup(backup);
      assertThat(summary.catalogueChange()).isEqualTo(3);
      assertThat(summary.indexChange()).isEqualTo(2);
      assertThat(summary.files()).isEqualTo(3);
    }
    try (Installation copy = Installation.open(backup)) {
      assertThat(copy.catalogue().counts().languageVersions()).isEqualTo(3);
      assertThat(Checker.indexedDocuments(copy.index()).values())
          .containsExactlyInAnyOrder("A/HRC/43/1", "A/HRC/43/2");
      assertThat(copy.check().consistent()).isTrue();
    }
  }

  @Test
  void backupRefusesANonEmptyTarget() throws IOException {
    Path target = Files.createDirectories(temp.resolve("target"));
    Files.writeString(target.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
    try (Installation installation = Installation.open(temp.resolve("data"))) {
      assertThatThrownBy(() -> installation.backup(target))
          .isInstanceOf(InstallationException.class)
          .hasMessage(
              "The backup directory " + target + " is not empty; give a new or empty directory");
    }
  }
}
