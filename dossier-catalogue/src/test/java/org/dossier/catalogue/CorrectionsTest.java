package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dossier.catalogue.Fixtures.noteVerbale;
import static org.dossier.catalogue.Fixtures.put;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/** A registrar's corrections (merge, split) and the listing they start from. */
class CorrectionsTest extends CatalogueFixture {
  /** A version that no rule matches to the others: no date, no job number. */
  private PutResult undated(String source, Language language) {
    return put(
        catalogue,
        noteVerbale(source, language, null)
            .titleDate(null)
            .issueDate(null)
            .jobNumber(null)
            .build());
  }

  @Test
  void documentsArePagedByIdWithoutGapsOrRepeats() {
    put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build());
    long first = undated("fr", Language.FR).documentId();
    long second = undated("es", Language.ES).documentId();

    List<CataloguedDocument> page = catalogue.documents(DocumentFilter.ALL, 0, 2);
    List<CataloguedDocument> next = catalogue.documents(DocumentFilter.ALL, page.getLast().id(), 2);

    assertThat(page).extracting(CataloguedDocument::symbol).containsExactly("A/HRC/43/G/17", null);
    assertThat(next).extracting(CataloguedDocument::id).containsExactly(second);
    assertThat(catalogue.documents(DocumentFilter.PROVISIONAL, 0, 10))
        .extracting(CataloguedDocument::id)
        .containsExactly(first, second);
    assertThat(catalogue.documents(DocumentFilter.PROVISIONAL, second, 10)).isEmpty();
    assertThatThrownBy(() -> catalogue.documents(DocumentFilter.ALL, 0, 0))
        .hasMessageContaining("limit must be at least 1, got 0");
  }

  @Test
  void mergingKeepsTheDocumentWithASymbolAndLogsBoth() {
    long english =
        put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build()).documentId();
    PutResult french = undated("fr", Language.FR);
    long seqBefore = catalogue.lastChange();

    CataloguedDocument merged = catalogue.merge(french.key(), "a/hrc/43/g/17");

    assertThat(merged.id()).isEqualTo(english);
    assertThat(merged.languages()).containsExactlyInAnyOrder(Language.EN, Language.FR);
    assertThat(catalogue.find(french.key())).map(CataloguedDocument::id).contains(english);
    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId, Change::kind)
        .containsExactly(
            tuple(french.documentId(), Change.Kind.REMOVED), tuple(english, Change.Kind.UPDATED));
  }

  @Test
  void twoProvisionalDocumentsMergeIntoTheFirst() {
    PutResult french = undated("fr", Language.FR);
    PutResult spanish = undated("es", Language.ES);

    CataloguedDocument merged = catalogue.merge(french.key(), spanish.key());

    assertThat(merged.id()).isEqualTo(french.documentId());
    assertThat(merged.provisional()).isTrue();
    assertThat(catalogue.counts().provisionalDocuments()).isEqualTo(1);
  }

  @Test
  void mergesThatWouldLoseADocumentAreRefused() {
    put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build());
    put(catalogue, noteVerbale("en2", Language.FR, "A/HRC/43/G/18").titleDate(null).build());
    PutResult english = undated("en3", Language.EN);

    assertThatThrownBy(() -> catalogue.merge("A/HRC/43/G/17", "A/HRC/43/G/18"))
        .hasMessage(
            "Cannot merge A/HRC/43/G/17 and A/HRC/43/G/18: both have a symbol, so they are"
                + " different documents");
    assertThatThrownBy(() -> catalogue.merge(english.key(), "A/HRC/43/G/17"))
        .hasMessageContaining("both have a version in [en]");
    assertThatThrownBy(() -> catalogue.merge("A/HRC/43/G/17", "a/hrc/43/g/17"))
        .hasMessageContaining("they are the same document");
    assertThatThrownBy(() -> catalogue.merge("A/HRC/43/G/17", "A/HRC/99/1"))
        .hasMessage("Cannot merge: no document is known as A/HRC/99/1");
  }

  @Test
  void splittingMovesTheVersionWithItsCitationsAndRelearnsTheFacts() {
    long document =
        put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build()).documentId();
    PutResult wrong =
        put(
            catalogue,
            noteVerbale("fr", Language.FR, null)
                .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
                .build());
    assertThat(wrong.documentId()).isEqualTo(document);
    long seqBefore = catalogue.lastChange();

    CataloguedDocument split = catalogue.split("A/HRC/43/G/17", Language.FR);

    assertThat(split.provisional()).isTrue();
    assertThat(split.languages()).containsExactly(Language.FR);
    assertThat(split.reviewNote()).contains("Split from A/HRC/43/G/17");
    assertThat(split.titleDate()).isEqualTo(Fixtures.TITLE_DATE);
    assertThat(catalogue.cites(split.id()))
        .extracting(CitationEdge::citedSymbol)
        .containsExactly("A/HRC/43/2");
    assertThat(catalogue.cites(document)).isEmpty();
    assertThat(catalogue.find("A/HRC/43/G/17").orElseThrow().languages())
        .containsExactly(Language.EN);
    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId)
        .containsExactly(document, split.id());
  }

  @Test
  void aSplitUndoesAMergeAndGivesTheKeyBack() {
    put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build());
    PutResult french = undated("fr", Language.FR);
    catalogue.merge("A/HRC/43/G/17", french.key());

    CataloguedDocument split = catalogue.split("A/HRC/43/G/17", Language.FR);

    assertThat(split.key()).isEqualTo(french.key());
    assertThat(catalogue.find(french.key())).map(CataloguedDocument::id).contains(split.id());
  }

  @Test
  void splitsThatWouldLeaveNothingAreRefused() {
    PutResult french = undated("fr", Language.FR);
    put(catalogue, noteVerbale("en", Language.EN, "A/HRC/43/G/17").build());

    assertThatThrownBy(() -> catalogue.split(french.key(), Language.FR))
        .hasMessage("Cannot split " + french.key() + ": its fr version is its only one");
    assertThatThrownBy(() -> catalogue.split("A/HRC/43/G/17", Language.ZH))
        .hasMessage("Cannot split A/HRC/43/G/17: it has no zh version (it has [en])");
  }

  @Test
  void possibleMatchesShareADateAndContradictNothing() {
    long english =
        put(catalogue, noteVerbale("en", Language.EN, null).jobNumber("20-06001 (E)").build())
            .documentId();
    put(catalogue, noteVerbale("en2", Language.EN, null).jobNumber("20-06002 (E)").build());
    PutResult french =
        put(catalogue, noteVerbale("fr", Language.FR, null).jobNumber("20-06003 (F)").build());
    put(
        catalogue,
        noteVerbale("other", Language.ES, null)
            .issueDate(LocalDate.of(2020, 5, 6))
            .country("ARM")
            .build());

    assertThat(catalogue.possibleMatches(french.documentId()))
        .extracting(CataloguedDocument::id)
        .hasSize(2)
        .contains(english);
  }
}
