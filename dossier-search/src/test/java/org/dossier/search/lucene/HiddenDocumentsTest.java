package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.Language;
import org.dossier.search.AccessFilter;
import org.dossier.search.Hit;
import org.dossier.search.IndexedDocument;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;
import org.dossier.search.query.QuerySyntaxException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader gets from a search depends on no document it may not see: an index holding hidden
 * documents that contain the words searched answers like an index that never held them — the same
 * scores, the same order, the same cursors — and scores like an index holding only the visible
 * documents, searched with no filter at all (Lucene's own statistics: the independent reference).
 *
 * <p>The texts are short (under 40 words a field), the lengths up to which the norms that visible
 * field lengths are read from are exact (see {@link VisibleDocuments.Segment}).
 */
class HiddenDocumentsTest {
  private static final AccessFilter PUBLIC =
      AccessFilter.distributions(Set.of(Distribution.GENERAL));
  private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
  private static final QueryParser PARSER = QueryParser.withoutCountryNames();

  @TempDir Path directory;
  private LuceneSearchIndex withHidden;
  private LuceneSearchIndex neverHeld;
  private LuceneSearchIndex visibleOnly;
  private long changes;

  @BeforeEach
  void index() throws IOException {
    withHidden = LuceneSearchIndex.open(directory.resolve("with-hidden"));
    neverHeld = LuceneSearchIndex.open(directory.resolve("never-held"));
    visibleOnly = LuceneSearchIndex.open(directory.resolve("visible-only"));
    List<IndexedDocument> hidden =
        List.of(
            restricted("b-hidden", "ocean ocean ocean", "ocean dumping in the deep ocean"),
            restricted("d-hidden", "Restricted paper", "ocean acidification ocean floor"),
            restricted("f-hidden", "Confidential ocean note", "the ocean"),
            restricted("g-hidden", "Fisheries", "fish stocks and quotas of every ocean"));
    List<IndexedDocument> mixed = new ArrayList<>(visible());
    mixed.addAll(hidden);
    withHidden.apply(mixed, List.of(), ++changes);
    neverHeld.apply(visible(), List.of(), 1);
    visibleOnly.apply(visible(), List.of(), 1);
  }

  @AfterEach
  void close() throws IOException {
    withHidden.close();
    neverHeld.close();
    visibleOnly.close();
  }

  /** General documents, two of them with the same text so that only their ids order them. */
  private static List<IndexedDocument> visible() {
    return List.of(
        general("a-visible", "The ocean and the sea", "ocean governance and the law of the sea"),
        general("c-visible", "Coastal zones", "protection of coastal zones from ocean pollution"),
        general("e-visible", "Coastal zones", "protection of coastal zones from ocean pollution"),
        general("h-visible", "Marine science", "a report on marine science without the word"),
        general(
            "i-visible",
            "Ocean observation",
            "sustained ocean observation networks measure the ocean, its currents and the"
                + " heat it takes up, over decades"));
  }

  private static IndexedDocument general(String id, String title, String text) {
    return document(id, title, text, Distribution.GENERAL);
  }

  private static IndexedDocument restricted(String id, String title, String text) {
    return document(id, title, text, Distribution.RESTRICTED);
  }

  /** Each document with its job number, from its id's letter: a-visible has GE.24-10097. */
  private static IndexedDocument document(
      String id, String title, String text, Distribution distribution) {
    String job = "GE.24-100" + (int) id.charAt(0);
    return IndexedDocument.builder(id)
        .symbol("A/TEST/" + id)
        .body("GA")
        .distribution(distribution)
        .issueDate(ISSUED)
        .version(Language.EN, title, text, job + "(E)", ISSUED)
        .version(Language.FR, title, text, job + "(F)", ISSUED)
        .build();
  }

  private static SearchResult search(LuceneSearchIndex index, String word, AccessFilter access)
      throws IOException, QuerySyntaxException {
    return index.search(SearchRequest.builder(PARSER.parse(word)).access(access).build());
  }

  @Test
  void hiddenDocumentsHoldingTheWordMoveNoScoreAndNoOrder() throws Exception {
    SearchResult seen = search(withHidden, "ocean", PUBLIC);
    SearchResult never = search(neverHeld, "ocean", PUBLIC);
    assertThat(seen.hits())
        .extracting(Hit::documentId)
        .containsExactly("i-visible", "a-visible", "c-visible", "e-visible");
    assertThat(seen.hits()).isEqualTo(never.hits());
    assertThat(seen.hits())
        .extracting(Hit::score)
        .isEqualTo(never.hits().stream().map(Hit::score).toList());
  }

  @Test
  void scoresAreThoseOfAnIndexHoldingOnlyTheVisibleDocuments() throws Exception {
    // A job number is scored on an identifier field, without norms: counted another way.
    for (String word : List.of("ocean", "coastal", "sea", "zones", "ge.24-10097")) {
      List<Hit> filtered = search(withHidden, word, PUBLIC).hits();
      List<Hit> reference = search(visibleOnly, word, AccessFilter.unrestricted()).hits();
      assertThat(filtered)
          .as(word)
          .isNotEmpty()
          .extracting(Hit::documentId)
          .isEqualTo(reference.stream().map(Hit::documentId).toList());
      for (int i = 0; i < filtered.size(); i++) {
        assertThat(filtered.get(i).score())
            .as(word + " " + filtered.get(i).documentId())
            .isCloseTo(reference.get(i).score(), within(1e-5f * reference.get(i).score()));
      }
    }
    // The hidden documents are enough to change Lucene's own statistics: the case is a real one.
    float unfiltered =
        search(withHidden, "ocean", AccessFilter.unrestricted()).hits().stream()
            .filter(hit -> hit.documentId().equals("a-visible"))
            .findFirst()
            .orElseThrow()
            .score();
    assertThat(unfiltered)
        .isNotCloseTo(
            search(visibleOnly, "ocean", AccessFilter.unrestricted()).hits().getFirst().score(),
            within(0.01f));
  }

  @Test
  void hiddenChangesMoveNoCursorOfAVisibleAnswer() throws IOException {
    SearchRequest firstPage =
        SearchRequest.builder(new Query.Word("ocean")).access(PUBLIC).pageSize(2).build();
    String before = withHidden.search(firstPage).nextCursor().orElseThrow();
    assertThat(before).isEqualTo(neverHeld.search(firstPage).nextCursor().orElseThrow());

    withHidden.apply(
        List.of(
            restricted("j-hidden", "New ocean paper", "ocean ocean"),
            restricted("d-hidden", "Restricted paper, revised", "ocean floor")),
        List.of("f-hidden"),
        ++changes);
    SearchResult again = withHidden.search(firstPage);
    assertThat(again.nextCursor()).contains(before);
    assertThat(again.hits()).isEqualTo(neverHeld.search(firstPage).hits());
    assertThat(withHidden.search(firstPage.after(before)).hits())
        .isEqualTo(neverHeld.search(firstPage.after(before)).hits())
        .extracting(Hit::documentId)
        .containsExactly("c-visible", "e-visible");
  }

  @Test
  void aVisibleChangeMovesTheCursor() throws IOException {
    SearchRequest firstPage =
        SearchRequest.builder(new Query.Word("ocean")).access(PUBLIC).pageSize(2).build();
    String before = withHidden.search(firstPage).nextCursor().orElseThrow();
    withHidden.apply(
        List.of(general("k-visible", "Another", "words without the searched one")),
        List.of(),
        ++changes);
    assertThat(withHidden.search(firstPage).nextCursor()).isPresent().get().isNotEqualTo(before);
  }

  @Test
  void aCursorReplayedByAnotherReaderIsRefused() throws IOException {
    SearchRequest firstPage =
        SearchRequest.builder(new Query.Word("ocean")).access(PUBLIC).pageSize(2).build();
    String cursor = withHidden.search(firstPage).nextCursor().orElseThrow();
    SearchRequest asAnother =
        SearchRequest.builder(new Query.Word("ocean"))
            .access(AccessFilter.unrestricted())
            .pageSize(2)
            .cursor(cursor)
            .build();
    assertThatThrownBy(() -> withHidden.search(asAnother))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessageStartingWith("cursor belongs to a different query, filter or sort");
  }
}
