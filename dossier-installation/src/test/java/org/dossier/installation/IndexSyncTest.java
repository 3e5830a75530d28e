package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.Language;
import org.dossier.search.Hit;
import org.dossier.search.SearchRequest;
import org.dossier.search.query.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSyncTest {
  @TempDir Path temp;

  @Test
  void bodiesAreIndexedByTheirCode() {
    assertThat(IndexSync.bodyCode("Human Rights Council")).isEqualTo("HRC");
    assertThat(IndexSync.bodyCode("Conseil de sécurité")).isEqualTo("SC");
    assertThat(IndexSync.bodyCode("Economic and Social Council")).isEqualTo("ECOSOC");
  }

  @Test
  void aBodyTheModelDoesNotKnowIsIndexedByItsName() {
    assertThat(IndexSync.bodyCode("Council of Elrond")).isEqualTo("Council of Elrond");
    assertThat(IndexSync.bodyCode(null)).isNull();
  }

  @Test
  void theSymbolsEveryVersionCitesAreIndexedOnceAndCitationsWithoutASymbolLeftOut()
      throws Exception {
    try (Installation installation = Installation.open(temp)) {
      Records.put(
          installation,
          Records.report("A/HRC/43/7", Language.EN)
              .addCitation(new Citation("resolution 43/1", "A/HRC/RES/43/1"))
              .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
              .addCitation(new Citation("the decision of last year", null))
              .build(),
          "cites resolution 43/1 and A/HRC/43/2");
      Records.put(
          installation,
          Records.report("A/HRC/43/7", Language.FR)
              .addCitation(new Citation("résolution 43/1", "A/HRC/RES/43/1"))
              .addCitation(new Citation("A/HRC/43/3", "A/HRC/43/3"))
              .build(),
          "cite la résolution 43/1 et A/HRC/43/3");
      IndexSync sync = new IndexSync(installation.catalogue());

      assertThat(
              sync.project(installation.catalogue().find("A/HRC/43/7").orElseThrow())
                  .citedSymbols())
          .containsExactlyInAnyOrder("A/HRC/RES/43/1", "A/HRC/43/2", "A/HRC/43/3");
    }
  }

  @Test
  void aTypedSymbolFindsTheDocumentsCitingItThoughTheirTextsNeverWriteIt() throws Exception {
    try (Installation installation = Installation.open(temp)) {
      Records.put(installation, "A/HRC/RES/43/1", Language.EN, "the resolution itself");
      Records.put(
          installation,
          Records.report("A/HRC/43/7", Language.EN)
              .addCitation(new Citation("resolution 43/1", "A/HRC/RES/43/1"))
              .build(),
          "recalls Council resolution 43/1");
      installation.reindex();

      SearchRequest lookUp =
          SearchRequest.builder(QueryParser.withoutCountryNames().parse("a/hrc/res/43/1")).build();

      assertThat(installation.index().search(lookUp).hits())
          .extracting(Hit::symbol)
          .containsExactly("A/HRC/RES/43/1", "A/HRC/43/7");
    }
  }
}
