package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dossier.catalogue.Fixtures.noteVerbale;
import static org.dossier.catalogue.Fixtures.put;
import static org.dossier.catalogue.Fixtures.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.catalogue.PutResult.Outcome;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Versions printed without a symbol: matched by shared facts, never merged wrongly. */
class ProvisionalDocumentsTest extends CatalogueFixture {
  @Test
  void sixLanguageVersionsWithoutSymbolBecomeOneProvisionalDocument() {
    List<PutResult> results = new ArrayList<>();
    for (Language language : Language.values()) {
      results.add(put(catalogue, noteVerbale("nv-" + language.code(), language, null).build()));
    }

    assertThat(results)
        .extracting(PutResult::outcome)
        .containsExactly(
            Outcome.CREATED_DOCUMENT,
            Outcome.ADDED_VERSION,
            Outcome.ADDED_VERSION,
            Outcome.ADDED_VERSION,
            Outcome.ADDED_VERSION,
            Outcome.ADDED_VERSION);
    assertThat(results)
        .extracting(PutResult::documentId)
        .containsOnly(results.getFirst().documentId());
    CataloguedDocument document = waiting().getFirst();
    assertThat(document.languages()).containsExactlyInAnyOrder(Language.values());
    assertThat(document.key()).startsWith("provisional:ar-");
    assertThat(document.reviewNote()).contains("No symbol printed");
  }

  @Test
  void aVersionMatchingTwoDocumentsIsKeptApartAndFlagged() {
    String first = put(catalogue, noteVerbale("one-en", Language.EN, null).build()).key();
    String second = put(catalogue, noteVerbale("two-en", Language.EN, null).build()).key();

    PutResult french = put(catalogue, noteVerbale("one-or-two-fr", Language.FR, null).build());

    assertThat(french.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
    assertThat(catalogue.counts().documents()).isEqualTo(3);
    CataloguedDocument kept = catalogue.document(french.documentId()).orElseThrow();
    assertThat(kept.languages()).containsExactly(Language.FR);
    assertThat(kept.reviewNote()).contains("matches several documents", first, second);
    assertThat(catalogue.find(first).orElseThrow().languages()).containsExactly(Language.EN);
    assertThat(catalogue.find(second).orElseThrow().languages()).containsExactly(Language.EN);
  }

  @Test
  void aVersionContradictingEveryCandidateIsKeptApart() {
    put(
        catalogue,
        noteVerbale("en", Language.EN, null)
            .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
            .build());

    PutResult otherCountry =
        put(catalogue, noteVerbale("fr", Language.FR, null).country("ARM").build());
    PutResult otherSession =
        put(
            catalogue,
            noteVerbale("es", Language.ES, null)
                .session(new DocumentRecord.SessionRef(44, null, null))
                .build());
    PutResult otherCitations =
        put(
            catalogue,
            noteVerbale("ru", Language.RU, null)
                .addCitation(new Citation("resolution 5/1", "A/HRC/RES/5/1"))
                .build());

    assertThat(List.of(otherCountry, otherSession, otherCitations))
        .extracting(PutResult::outcome)
        .containsOnly(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void aVersionWithoutTitleDateIsMatchedByItsMastheadDate() {
    long english =
        put(catalogue, noteVerbale("en", Language.EN, null).titleDate(null).jobNumber(null).build())
            .documentId();

    PutResult french =
        put(
            catalogue,
            noteVerbale("fr", Language.FR, null).titleDate(null).jobNumber(null).build());

    assertThat(french.outcome()).isEqualTo(Outcome.ADDED_VERSION);
    assertThat(french.documentId()).isEqualTo(english);
  }

  @Test
  void aVersionWithoutAnyDateIsNeverMatched() {
    put(catalogue, noteVerbale("en", Language.EN, null).build());

    PutResult undated =
        put(
            catalogue,
            noteVerbale("fr", Language.FR, null)
                .titleDate(null)
                .issueDate(null)
                .jobNumber(null)
                .build());

    assertThat(undated.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void aSharedJobNumberDecidesBetweenNearTwins() {
    put(catalogue, noteVerbale("one-en", Language.EN, null).jobNumber("GE.20-06123(E)").build());
    long second =
        put(catalogue, noteVerbale("two-en", Language.EN, null).jobNumber("GE.20-06124(E)").build())
            .documentId();

    PutResult french =
        put(
            catalogue,
            noteVerbale("two-fr", Language.FR, null).jobNumber("GE.20-06124 (F)").build());

    assertThat(french.documentId()).isEqualTo(second);
  }

  @Test
  void nearTwinsWithoutADistinctiveKeyAreNotMerged() {
    put(catalogue, noteVerbale("one-en", Language.EN, null).jobNumber("20-06123 (E)").build());
    put(catalogue, noteVerbale("two-en", Language.EN, null).jobNumber("20-06130 (E)").build());

    PutResult french =
        put(catalogue, noteVerbale("fr", Language.FR, null).jobNumber("20-06127 (F)").build());

    assertThat(french.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
    assertThat(catalogue.document(french.documentId()).orElseThrow().reviewNote())
        .contains("matches several documents");
  }

  @Test
  void differentJobNumbersDoNotContradict() {
    // New York numbers each language version on its own: A/65/L.78 is 11-37476 (E), 11-37474 (A).
    long english =
        put(catalogue, noteVerbale("en", Language.EN, null).jobNumber("11-37476 (E)").build())
            .documentId();

    PutResult arabic =
        put(catalogue, noteVerbale("ar", Language.AR, null).jobNumber("11-37474 (A)").build());

    assertThat(arabic.documentId()).isEqualTo(english);
  }

  @Test
  void jobNumbersNotRegisteredTogetherContradict() {
    put(catalogue, noteVerbale("en", Language.EN, null).jobNumber("20-06123 (E)").build());

    PutResult later =
        put(catalogue, noteVerbale("fr", Language.FR, null).jobNumber("20-06134 (F)").build());
    PutResult elsewhere =
        put(catalogue, noteVerbale("es", Language.ES, null).jobNumber("GE.20-06124 (S)").build());
    PutResult nextYear =
        put(catalogue, noteVerbale("ru", Language.RU, null).jobNumber("21-06124 (R)").build());

    assertThat(List.of(later, elsewhere, nextYear))
        .extracting(PutResult::outcome)
        .containsOnly(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void aSharedJobNumberNeverMergesTwoVersionsOfOneLanguage() {
    PutResult first = put(catalogue, noteVerbale("en", Language.EN, null).build());

    PutResult second =
        put(catalogue, noteVerbale("en-again", Language.EN, null).title("Other").build());

    assertThat(second.documentId()).isNotEqualTo(first.documentId());
  }

  @Test
  void aDifferentMastheadDateContradictsASharedTitleDate() {
    put(catalogue, noteVerbale("en", Language.EN, null).jobNumber(null).build());

    PutResult french =
        put(
            catalogue,
            noteVerbale("fr", Language.FR, null)
                .jobNumber(null)
                .issueDate(LocalDate.of(2020, 5, 7))
                .build());

    assertThat(french.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void aSharedJobNumberDoesNotOverrideAContradiction() {
    put(catalogue, noteVerbale("en", Language.EN, null).build());

    PutResult french = put(catalogue, noteVerbale("fr", Language.FR, null).country("ARM").build());

    assertThat(french.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void tooFewSharedFactsAreNotAMatch() {
    // Only the title date and the document type are known to both.
    DocumentRecord sparse =
        DocumentRecord.builder("sparse-en")
            .language(Language.EN)
            .titleDate(Fixtures.TITLE_DATE)
            .docType(DocType.NOTE_VERBALE)
            .build();
    put(catalogue, sparse);

    PutResult french = put(catalogue, noteVerbale("fr", Language.FR, null).build());

    assertThat(french.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void aVersionWithASymbolAdoptsTheMatchingProvisionalDocument() {
    long provisional = put(catalogue, noteVerbale("fr", Language.FR, null).build()).documentId();

    PutResult english = put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build());

    assertThat(english.documentId()).isEqualTo(provisional);
    assertThat(english.outcome()).isEqualTo(Outcome.ADDED_VERSION);
    CataloguedDocument document = catalogue.find("A/HRC/43/G/17").orElseThrow();
    assertThat(document.provisional()).isFalse();
    assertThat(document.reviewNote()).isNull();
    assertThat(waiting()).isEmpty();
  }

  @Test
  void assigningAnUnusedSymbolRenamesAndLinksTheFamily() {
    long base = put(catalogue, report("A/HRC/43/G/17").build()).documentId();
    PutResult provisional =
        put(catalogue, noteVerbale("fr", Language.FR, null).titleDate(null).build());
    long seqBefore = catalogue.lastChange();

    CataloguedDocument renamed = catalogue.assignSymbol(provisional.key(), "A/HRC/43/G/17/Add.1");

    assertThat(renamed.id()).isEqualTo(provisional.documentId());
    assertThat(renamed.symbol()).isEqualTo("A/HRC/43/G/17/Add.1");
    assertThat(renamed.provisional()).isFalse();
    assertThat(catalogue.find(provisional.key()))
        .map(CataloguedDocument::id)
        .contains(renamed.id());
    assertThat(catalogue.familyMembers(base))
        .extracting(CataloguedDocument::id)
        .containsExactly(renamed.id());
    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId, Change::kind)
        .containsExactly(
            tuple(renamed.id(), Change.Kind.UPDATED), tuple(base, Change.Kind.UPDATED));
  }

  @Test
  void assigningTheSymbolOfAnotherDocumentMergesIntoIt() {
    long english =
        put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build()).documentId();
    PutResult french =
        put(
            catalogue,
            noteVerbale("fr", Language.FR, null)
                .titleDate(null)
                .issueDate(null)
                .jobNumber(null)
                .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
                .build());
    long seqBefore = catalogue.lastChange();

    CataloguedDocument merged = catalogue.assignSymbol(french.key(), "a/hrc/43/g/17");

    assertThat(merged.id()).isEqualTo(english);
    assertThat(merged.languages()).containsExactlyInAnyOrder(Language.EN, Language.FR);
    assertThat(catalogue.document(french.documentId())).isEmpty();
    assertThat(catalogue.find(french.key())).map(CataloguedDocument::id).contains(english);
    assertThat(catalogue.cites(english))
        .extracting(CitationEdge::citedSymbol)
        .containsExactly("A/HRC/43/2");
    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId, Change::kind)
        .containsExactly(
            tuple(french.documentId(), Change.Kind.REMOVED), tuple(english, Change.Kind.UPDATED));
  }

  @Test
  void mergingTwoVersionsOfOneLanguageIsRefused() {
    put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build());
    String other = put(catalogue, noteVerbale("en2", Language.EN, null).build()).key();

    assertThatThrownBy(() -> catalogue.assignSymbol(other, "A/HRC/43/G/17"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("Cannot merge " + other + " into A/HRC/43/G/17")
        .hasMessageContaining("[en]");
    assertThat(catalogue.find(other).orElseThrow().provisional()).isTrue();
  }

  @Test
  void assigningASymbolNeedsAProvisionalDocument() {
    put(catalogue, report("A/HRC/43/2").build());

    assertThatThrownBy(() -> catalogue.assignSymbol("provisional:en-0000", "A/HRC/43/3"))
        .hasMessage("Cannot assign a symbol: no document is known as provisional:en-0000");
    assertThatThrownBy(() -> catalogue.assignSymbol("A/HRC/43/2", "A/HRC/43/3"))
        .hasMessageContaining("already has the symbol A/HRC/43/2");
  }

  /**
   * The two shared samples print no symbol and look alike (same mission, session, agenda item and
   * type) but are two different notes verbales: their title dates differ, so they stay apart.
   */
  @Test
  void theSharedSamplesAreTwoProvisionalDocuments() throws IOException {
    Path seeds = sharedSeeds();
    Assumptions.assumeTrue(
        seeds != null, "the shared samples (../shared/samples/seeds) are absent");
    Path english = seeds.resolve("000_1fda9c2edc89f2e2.txt");
    Path french = seeds.resolve("002_1a7a508cbf762381.txt");
    DocumentRecord englishRecord =
        noteVerbale(english.toString(), Language.EN, null)
            .titleDate(LocalDate.of(2020, 4, 8))
            .build();
    DocumentRecord frenchRecord =
        noteVerbale(french.toString(), Language.FR, null)
            .titleDate(LocalDate.of(2020, 4, 1))
            .issueDate(LocalDate.of(2020, 8, 24))
            .build();

    PutResult first = putFile(englishRecord, english, "text/plain");
    PutResult second = putFile(frenchRecord, french, "text/markdown");

    assertThat(second.documentId()).isNotEqualTo(first.documentId());
    assertThat(waiting())
        .extracting(CataloguedDocument::key)
        .containsExactlyInAnyOrder(first.key(), second.key());
    assertThat(putFile(englishRecord, english, "text/plain").outcome())
        .isEqualTo(Outcome.UNCHANGED);
  }

  private PutResult putFile(DocumentRecord record, Path file, String mediaType) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    FileStore store = FileStore.open(directory.resolve("files"));
    OriginalFile original =
        OriginalFile.of(store.put(bytes), file.getFileName().toString(), mediaType);
    return catalogue.put(record, new String(bytes, StandardCharsets.UTF_8), original);
  }

  private static Path sharedSeeds() {
    for (String candidate :
        new String[] {"../shared/samples/seeds", "../../shared/samples/seeds"}) {
      Path seeds = Path.of(candidate);
      if (Files.isDirectory(seeds)) {
        return seeds;
      }
    }
    return null;
  }

  /** Every document waiting for a symbol, through the catalogue's paged listing. */
  private List<CataloguedDocument> waiting() {
    return catalogue.documents(DocumentFilter.PROVISIONAL, 0, Integer.MAX_VALUE);
  }
}
