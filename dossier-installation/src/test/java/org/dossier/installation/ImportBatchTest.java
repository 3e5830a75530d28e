package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.catalogue.VersionInput;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import commits versions in batches; one the catalogue refuses fails alone. */
class ImportBatchTest {
  @TempDir Path temp;

  @Test
  void aBatchCommitsAllItsVersionsInOrder() {
    try (Catalogue catalogue = Catalogue.open(temp)) {
      List<ImportRun.Commit> commits =
          ImportRun.putIsolating(
              catalogue, List.of(version("A/HRC/43/1", "one"), version("A/HRC/43/2", "two")));

      assertThat(commits)
          .extracting(commit -> commit.result().key())
          .containsExactly("A/HRC/43/1", "A/HRC/43/2");
      assertThat(commits).extracting(ImportRun.Commit::failure).containsOnlyNulls();
    }
  }

  @Test
  void aRefusedVersionFailsAloneAndTheRestOfItsBatchIsCommitted() {
    try (Catalogue catalogue = Catalogue.open(temp)) {
      VersionInput good = version("A/HRC/43/1", "one");
      VersionInput refused = new VersionInput(version("A/HRC/43/2", "two").record(), null, null);
      VersionInput alsoGood = version("A/HRC/43/3", "three");

      List<ImportRun.Commit> commits =
          ImportRun.putIsolating(catalogue, List.of(good, refused, alsoGood));

      assertThat(commits).hasSize(3);
      assertThat(commits.get(0).result().outcome()).isEqualTo(PutResult.Outcome.CREATED_DOCUMENT);
      assertThat(commits.get(1).result()).isNull();
      assertThat(commits.get(1).failure()).hasMessageContaining("A/HRC/43/2");
      assertThat(commits.get(2).result().outcome()).isEqualTo(PutResult.Outcome.CREATED_DOCUMENT);
      assertThat(catalogue.counts().documents()).isEqualTo(2);
    }
  }

  private static VersionInput version(String symbol, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    DocumentRecord record =
        DocumentRecord.builder(symbol + ".txt")
            .symbol(symbol)
            .addSymbol(symbol)
            .language(Language.EN)
            .body("HRC")
            .docType(DocType.REPORT)
            .title("Report " + symbol)
            .build();
    return new VersionInput(record, text, OriginalFile.of(bytes, record.source(), "text/plain"));
  }
}
