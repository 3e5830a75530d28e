package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dossier.catalogue.Fixtures.noteVerbale;
import static org.dossier.catalogue.Fixtures.put;
import static org.dossier.catalogue.Fixtures.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.catalogue.PutResult.Outcome;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class CatalogueTest extends CatalogueFixture {
  @Test
  void theSameFileTwiceChangesNothing() {
    DocumentRecord record = noteVerbale("a.txt", Language.EN, "A/HRC/43/G/17").build();
    PutResult first = put(catalogue, record);
    Counts before = catalogue.counts();

    PutResult again = put(catalogue, record);

    assertThat(first.outcome()).isEqualTo(Outcome.CREATED_DOCUMENT);
    assertThat(again)
        .isEqualTo(new PutResult(first.documentId(), "A/HRC/43/G/17", Outcome.UNCHANGED, 1));
    assertThat(catalogue.counts()).isEqualTo(before);
  }

  @Test
  void aVersionIsFoundByTheHashOfItsOriginalFileInAnyRevision() {
    DocumentRecord first = noteVerbale("a.txt", Language.FR, "A/HRC/43/G/17").build();
    long id = put(catalogue, first, "first file").documentId();
    put(catalogue, first.toBuilder().title("Corrected title").build(), "second file");
    String firstHash = FileStore.sha256(bytes("first file"));

    assertThat(catalogue.versionWithOriginal(firstHash))
        .get()
        .extracting(CataloguedVersion::documentId, CataloguedVersion::revision)
        .containsExactly(id, 1);
    assertThat(catalogue.versionWithOriginal(FileStore.sha256(bytes("never put")))).isEmpty();
  }

  @Test
  void readsAfterAWriteSeeItThoughReadConnectionsAreKept() {
    String hash = FileStore.sha256(bytes("late file"));
    for (int read = 0; read < 3; read++) {
      assertThat(catalogue.versionWithOriginal(hash)).isEmpty();
    }

    put(catalogue, noteVerbale("late.txt", Language.EN, "A/HRC/43/G/18").build(), "late file");

    assertThat(catalogue.versionWithOriginal(hash)).isPresent();
  }

  @Test
  void aChangedFileForTheSameLanguageIsANewRevisionAndTheOldOneIsKept() {
    DocumentRecord first = noteVerbale("a.txt", Language.FR, "A/HRC/43/G/17").build();
    DocumentRecord corrected = first.toBuilder().title("Corrected title").build();
    put(catalogue, first, "first file");

    PutResult revised = put(catalogue, corrected, "second file");

    assertThat(revised.outcome()).isEqualTo(Outcome.REVISED_VERSION);
    assertThat(revised.revision()).isEqualTo(2);
    assertThat(catalogue.revisions(revised.documentId(), Language.FR))
        .extracting(CataloguedVersion::revision, CataloguedVersion::title)
        .containsExactly(tuple(1, first.title()), tuple(2, "Corrected title"));
    assertThat(catalogue.currentVersions(revised.documentId()))
        .singleElement()
        .extracting(CataloguedVersion::title)
        .isEqualTo("Corrected title");
  }

  @Test
  void aSecondLanguageIsAddedToTheDocumentOfItsSymbol() {
    PutResult english = put(catalogue, noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build());
    PutResult french = put(catalogue, noteVerbale("fr.txt", Language.FR, "A/HRC/43/G/17").build());

    assertThat(french.outcome()).isEqualTo(Outcome.ADDED_VERSION);
    assertThat(french.documentId()).isEqualTo(english.documentId());
    assertThat(catalogue.document(english.documentId()).orElseThrow().languages())
        .containsExactlyInAnyOrder(Language.EN, Language.FR);
  }

  @Test
  void aVersionReadsBackAsItWasPut() {
    DocumentRecord record =
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("resolution 5/1", "A/HRC/RES/5/1"))
            .warn(3, 1, "masthead.date", "unreadable date")
            .build();
    OriginalFile original = OriginalFile.of(new byte[] {1, 2, 3}, "en.txt", "text/plain");

    PutResult result = catalogue.put(record, "the clean text", original);

    CataloguedVersion version = catalogue.currentVersions(result.documentId()).getFirst();
    assertThat(version.record()).isEqualTo(record);
    assertThat(version.text()).isEqualTo("the clean text");
    assertThat(version.original()).isEqualTo(original);
    assertThat(version.jobNumber()).isEqualTo(record.jobNumber());
    assertThat(version.issueDate()).isEqualTo(record.issueDate());
    CataloguedDocument document = catalogue.document(result.documentId()).orElseThrow();
    assertThat(document.body()).isEqualTo(Fixtures.HRC);
    assertThat(document.sessionNumber()).isEqualTo(43);
    assertThat(document.country()).isEqualTo("AZE");
    assertThat(document.titleDate()).isEqualTo(Fixtures.TITLE_DATE);
  }

  @Test
  void aSymbolIsFoundInAnySpellingAndByItsAlternates() {
    DocumentRecord record =
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").addSymbol("S/2020/300").build();
    long id = put(catalogue, record).documentId();

    assertThat(catalogue.find("  a/hrc/43/g/17 ")).map(CataloguedDocument::id).contains(id);
    assertThat(catalogue.find("s/2020/300")).map(CataloguedDocument::id).contains(id);
    assertThat(catalogue.find("A/HRC/43/G/18")).isEmpty();
    assertThat(catalogue.document(id).orElseThrow().symbols())
        .containsExactly("A/HRC/43/G/17", "S/2020/300");
  }

  @Test
  void anAddendumArrivingBeforeItsBaseIsLinkedWhenTheBaseArrives() {
    long addendum = put(catalogue, report("A/HRC/43/2/Add.1").build()).documentId();
    assertThat(catalogue.familyBase(addendum)).isEmpty();

    long base = put(catalogue, report("A/HRC/43/2").build()).documentId();

    assertThat(catalogue.familyBase(addendum)).map(CataloguedDocument::id).contains(base);
    assertThat(catalogue.familyMembers(base))
        .extracting(CataloguedDocument::id)
        .containsExactly(addendum);
    assertThat(catalogue.document(addendum).orElseThrow().familyRelation())
        .isEqualTo(FamilyRelation.ADDENDUM);
  }

  @Test
  void membersArrivingAfterTheBaseAreLinkedBothWays() {
    long base = put(catalogue, report("A/HRC/43/2").build()).documentId();
    long corrigendum = put(catalogue, report("A/HRC/43/2/Corr.1").build()).documentId();
    long revision = put(catalogue, report("a/hrc/43/2/rev.1").build()).documentId();
    long reissue = put(catalogue, report("A/HRC/43/2*").build()).documentId();

    assertThat(catalogue.familyMembers(base))
        .extracting(CataloguedDocument::id, CataloguedDocument::familyRelation)
        .containsExactlyInAnyOrder(
            tuple(corrigendum, FamilyRelation.CORRIGENDUM),
            tuple(revision, FamilyRelation.REVISION),
            tuple(reissue, FamilyRelation.REISSUE));
    assertThat(catalogue.familyBase(revision)).map(CataloguedDocument::id).contains(base);
  }

  @Test
  void aDanglingCitationResolvesWhenTheCitedDocumentArrives() {
    DocumentRecord citing =
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("document A/HRC/43/2", "A/HRC/43/2"))
            .build();
    long citingId = put(catalogue, citing).documentId();
    assertThat(catalogue.cites(citingId))
        .singleElement()
        .satisfies(c -> assertThat(c.dangling()).isTrue());
    assertThat(catalogue.counts().danglingCitations()).isEqualTo(1);
    long seqBefore = catalogue.lastChange();

    long cited = put(catalogue, report("A/HRC/43/2").build()).documentId();

    assertThat(catalogue.cites(citingId))
        .containsExactly(new CitationEdge(citingId, "A/HRC/43/2", "document A/HRC/43/2", cited));
    assertThat(catalogue.citedBy(cited))
        .extracting(CitationEdge::citingDocumentId)
        .containsExactly(citingId);
    assertThat(catalogue.counts().danglingCitations()).isZero();
    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId)
        .as("the citing document shows the resolved link, so it is logged too")
        .containsExactly(cited, citingId);
  }

  @Test
  void anotherLanguageOfACitedDocumentLogsOnlyItself() {
    long cited = put(catalogue, report("A/HRC/43/2").build()).documentId();
    put(
        catalogue,
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
            .build());
    long seqBefore = catalogue.lastChange();

    put(catalogue, report("A/HRC/43/2").language(Language.FR).build());

    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId)
        .containsExactly(cited);
  }

  @Test
  void aCitationAddedOrDroppedLogsTheCitedDocument() {
    long first = put(catalogue, report("A/HRC/43/1").build()).documentId();
    long second = put(catalogue, report("A/HRC/43/2").build()).documentId();
    DocumentRecord citingFirst =
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("A/HRC/43/1", "A/HRC/43/1"))
            .build();
    long citing = put(catalogue, citingFirst, "v1").documentId();
    long seqBefore = catalogue.lastChange();

    put(
        catalogue,
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
            .build(),
        "v2");

    assertThat(catalogue.changesSince(seqBefore, 10))
        .extracting(Change::documentId)
        .containsExactly(citing, first, second);
  }

  @Test
  void aNewRevisionReplacesTheCitationsOfItsLanguage() {
    DocumentRecord first =
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("A/HRC/43/2", "A/HRC/43/2"))
            .build();
    long id = put(catalogue, first, "v1").documentId();
    DocumentRecord second =
        noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17")
            .addCitation(new Citation("A/HRC/43/3", "A/HRC/43/3"))
            .build();

    put(catalogue, second, "v2");

    assertThat(catalogue.cites(id))
        .extracting(CitationEdge::citedSymbol)
        .containsExactly("A/HRC/43/3");
  }

  @Test
  void bodiesSessionsAndAgendaItemsAreBrowsable() {
    long en =
        put(catalogue, noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build()).documentId();
    put(catalogue, noteVerbale("fr.txt", Language.FR, "A/HRC/43/G/17").build());

    CataloguedBody body = catalogue.bodies().getFirst();
    CataloguedSession session = catalogue.sessions(body.id()).getFirst();
    CataloguedAgendaItem item = catalogue.agendaItems(session.id()).getFirst();

    assertThat(body.name()).isEqualTo(Fixtures.HRC);
    assertThat(body.organ()).isEqualTo("General Assembly");
    assertThat(session.number()).isEqualTo(43);
    assertThat(session.start()).hasToString("2020-02-24");
    assertThat(item.number()).isEqualTo(4);
    assertThat(item.titles()).containsOnlyKeys(Language.EN, Language.FR);
    assertThat(catalogue.documentsUnder(item.id()))
        .extracting(CataloguedDocument::id)
        .containsExactly(en);
    assertThat(catalogue.documentsOfSession(session.id()))
        .extracting(CataloguedDocument::id)
        .containsExactly(en);
  }

  @Test
  void aFailureMidwayLeavesNothingBehind() {
    put(catalogue, report("A/HRC/43/1").build());
    Counts before = catalogue.counts();
    // The document and its version are written before the agenda items; item 0 breaks a schema
    // rule.
    DocumentRecord broken =
        noteVerbale("broken.txt", Language.EN, "A/HRC/43/G/99")
            .addAgendaItem(new AgendaRef(0, "no such item"))
            .build();

    assertThatThrownBy(() -> put(catalogue, broken))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("broken.txt (en)")
        .hasMessageContaining("agenda_item_number_positive");

    assertThat(catalogue.counts()).isEqualTo(before);
    assertThat(catalogue.find("A/HRC/43/G/99")).isEmpty();
    assertThat(
            put(catalogue, noteVerbale("ok.txt", Language.EN, "A/HRC/43/G/99").build()).outcome())
        .as("the writer is usable after a rollback")
        .isEqualTo(Outcome.CREATED_DOCUMENT);
  }

  @Test
  void aBatchIsKeptWhole() {
    List<PutResult> results =
        catalogue.putAll(
            List.of(
                input(noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build()),
                input(noteVerbale("fr.txt", Language.FR, "A/HRC/43/G/17").build()),
                input(noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build())));

    assertThat(results)
        .extracting(PutResult::outcome)
        .containsExactly(Outcome.CREATED_DOCUMENT, Outcome.ADDED_VERSION, Outcome.UNCHANGED);
  }

  @Test
  void aBatchWithOneFailingVersionKeepsNoneOfIt() {
    Counts before = catalogue.counts();
    List<VersionInput> batch =
        List.of(
            input(noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build()),
            input(
                noteVerbale("fr.txt", Language.FR, "A/HRC/43/G/17")
                    .addAgendaItem(new AgendaRef(-1, "no such item"))
                    .build()));

    assertThatThrownBy(() -> catalogue.putAll(batch))
        .isInstanceOf(CatalogueException.class)
        .hasMessageStartingWith("Cannot catalogue fr.txt (fr): ");

    assertThat(catalogue.counts()).isEqualTo(before);
  }

  private static VersionInput input(DocumentRecord record) {
    byte[] bytes = (record.source() + record.language()).getBytes(StandardCharsets.UTF_8);
    return new VersionInput(record, "text", OriginalFile.of(bytes, record.source(), "text/plain"));
  }

  @Test
  void symbolsOfTwoDifferentDocumentsInOneRecordAreRefused() {
    put(catalogue, report("A/HRC/43/1").build());
    put(catalogue, report("A/HRC/43/2").build());
    DocumentRecord both = report("A/HRC/43/1").addSymbol("A/HRC/43/2").build();

    assertThatThrownBy(() -> put(catalogue, both.toBuilder().language(Language.FR).build()))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("A/HRC/43/1.txt (fr)")
        .hasMessageContaining("belong to different catalogued documents");
  }

  @Test
  void aRecordWithoutLanguageIsRefusedNamingItsSource() {
    DocumentRecord record = DocumentRecord.builder("nolang.txt").symbol("A/1").build();

    assertThatThrownBy(() -> put(catalogue, record))
        .isInstanceOf(CatalogueException.class)
        .hasMessage("Cannot catalogue nolang.txt: the record has no language");
  }

  @Test
  void theCatalogueIsKeptAcrossReopening() {
    long id = put(catalogue, report("A/HRC/43/2").build()).documentId();
    catalogue.close();

    catalogue = openCatalogue();

    assertThat(catalogue.find("A/HRC/43/2")).map(CataloguedDocument::id).contains(id);
    assertThat(catalogue.schemaVersion()).isEqualTo("6");
  }

  @Test
  void keptAlignmentsAreReplacedPerDocumentAndLanguagePair() {
    long id = put(catalogue, report("A/HRC/43/2").build()).documentId();
    long changes = catalogue.lastChange();
    StoredAlignment first =
        new StoredAlignment(id, Language.EN, Language.FR, 3, 4, "dossier-align/1", "[0]:[0]\n");
    StoredAlignment russian =
        new StoredAlignment(id, Language.EN, Language.RU, 3, 5, "dossier-align/1", "[0]:[]\n");
    catalogue.keepAlignment(first);
    catalogue.keepAlignment(russian);
    StoredAlignment replaced =
        new StoredAlignment(id, Language.EN, Language.FR, 3, 9, "dossier-align/1", "[0]:[0, 1]\n");
    catalogue.keepAlignment(replaced);

    assertThat(catalogue.alignment(id, Language.EN, Language.FR)).contains(replaced);
    assertThat(catalogue.alignment(id, Language.EN, Language.RU)).contains(russian);
    assertThat(catalogue.alignment(id, Language.FR, Language.EN)).isEmpty();
    assertThat(catalogue.lastChange()).as("derived data is not a change").isEqualTo(changes);
  }

  @Test
  void countsAddUp() {
    put(catalogue, noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build(), "1");
    put(catalogue, noteVerbale("en.txt", Language.EN, "A/HRC/43/G/17").build(), "2");
    put(catalogue, noteVerbale("fr.txt", Language.FR, "A/HRC/43/G/17").build());
    put(catalogue, noteVerbale("x.txt", Language.FR, null).build());

    Counts counts = catalogue.counts();

    assertThat(counts.documents()).isEqualTo(2);
    assertThat(counts.provisionalDocuments()).isEqualTo(1);
    assertThat(counts.languageVersions()).isEqualTo(3);
    assertThat(counts.revisions()).isEqualTo(4);
    assertThat(counts.bodies()).isEqualTo(1);
    assertThat(counts.sessions()).isEqualTo(1);
    assertThat(counts.agendaItems()).isEqualTo(1);
    assertThat(counts.lastChange()).isEqualTo(catalogue.lastChange());
  }

  @Test
  void changesSinceRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> catalogue.changesSince(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  private static byte[] bytes(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
