package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dossier.search.Hit;
import org.dossier.search.IndexedDocument;
import org.dossier.search.InvalidCursorException;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PagingTest {
  private static final int DOCUMENTS = 60;
  private static final Query OCEAN = new Query.Word("ocean");
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  @TempDir Path directory;
  private LuceneSearchIndex index;
  private final Random random = new Random(20260423L);
  private long changeSequence;

  @BeforeEach
  void indexGeneratedDocuments() throws IOException {
    index = LuceneSearchIndex.open(directory);
    List<IndexedDocument> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(
          Fixtures.generated(
              String.format(Locale.ROOT, "doc-%03d", i),
              START.plusDays(random.nextInt(10)),
              1 + random.nextInt(4)));
    }
    index.apply(documents, List.of(), ++changeSequence);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void pagesAreCompleteAndDisjointWhileDocumentsAreAdded(SortOrder sort) throws IOException {
    SearchRequest request = SearchRequest.builder(OCEAN).sort(sort).pageSize(7).build();
    List<String> seen = new ArrayList<>();
    Set<Long> totals = new HashSet<>();
    int added = 0;
    SearchResult page = index.search(request);
    while (true) {
      page.hits().forEach(hit -> seen.add(hit.documentId()));
      totals.add(page.totalHits());
      if (page.nextCursor().isEmpty()) {
        break;
      }
      // Newcomers rank everywhere: very relevant, very old and very new.
      index.apply(
          List.of(
              Fixtures.generated(
                  String.format(Locale.ROOT, "new-%03d", added++), START.minusDays(1), 9),
              Fixtures.generated(
                  String.format(Locale.ROOT, "new-%03d", added++), START.plusDays(30), 1)),
          List.of(),
          ++changeSequence);
      page = index.search(request.after(page.nextCursor().orElseThrow()));
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(DOCUMENTS);
    assertThat(seen).allMatch(id -> id.startsWith("doc-"));
    assertThat(totals).containsExactly((long) DOCUMENTS);
  }

  @Test
  void pagesFollowTheSortOrder() throws IOException {
    SearchRequest request =
        SearchRequest.builder(OCEAN).sort(SortOrder.OLDEST_FIRST).pageSize(25).build();
    List<Hit> hits = new ArrayList<>();
    SearchResult page = index.search(request);
    hits.addAll(page.hits());
    while (page.nextCursor().isPresent()) {
      page = index.search(request.after(page.nextCursor().get()));
      hits.addAll(page.hits());
    }
    assertThat(hits)
        .isSortedAccordingTo(
            java.util.Comparator.comparing(Hit::issueDate).thenComparing(Hit::documentId));
  }

  @Test
  void theLastPageHasNoCursor() throws IOException {
    SearchResult all = index.search(SearchRequest.builder(OCEAN).pageSize(DOCUMENTS).build());
    assertThat(all.hits()).hasSize(DOCUMENTS);
    assertThat(all.nextCursor()).isEmpty();
  }

  @Test
  void aCursorWhoseViewIsGoneContinuesOnTheLatestViewAfterTheSameHit() throws IOException {
    SearchRequest request =
        SearchRequest.builder(OCEAN).sort(SortOrder.NEWEST_FIRST).pageSize(10).build();
    SearchResult first = index.search(request);
    String cursor = first.nextCursor().orElseThrow();
    Cursor decoded = Cursor.decode(cursor, Cursor.fingerprint(request));
    String forgotten =
        new Cursor(
                decoded.requestFingerprint(),
                decoded.viewHandle() + 1000,
                decoded.sortValue(),
                decoded.documentId())
            .encode();
    assertThat(index.search(request.after(forgotten)).hits())
        .isEqualTo(index.search(request.after(cursor)).hits());
  }

  @Test
  void anAlteredCursorIsRejected() throws IOException {
    SearchRequest request = SearchRequest.builder(OCEAN).pageSize(5).build();
    String cursor = index.search(request).nextCursor().orElseThrow();
    int middle = cursor.length() / 2;
    char altered = cursor.charAt(middle) == 'A' ? 'B' : 'A';
    String tampered = cursor.substring(0, middle) + altered + cursor.substring(middle + 1);
    assertThatThrownBy(() -> index.search(request.after(tampered)))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessage("cursor was altered or truncated: checksum mismatch");
  }

  @Test
  void aTruncatedCursorIsRejected() throws IOException {
    SearchRequest request = SearchRequest.builder(OCEAN).pageSize(5).build();
    String cursor = index.search(request).nextCursor().orElseThrow();
    assertThatThrownBy(() -> index.search(request.after(cursor.substring(0, cursor.length() - 3))))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessageStartingWith("cursor was altered or truncated");
  }

  @Test
  void textThatIsNotACursorIsRejected() {
    SearchRequest request = SearchRequest.builder(OCEAN).cursor("not a cursor!").build();
    assertThatThrownBy(() -> index.search(request))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessage("cursor is not one this index issued: not base64url text");
  }

  @Test
  void aCursorOfAnotherQueryIsRejected() throws IOException {
    String cursor =
        index.search(SearchRequest.builder(OCEAN).pageSize(5).build()).nextCursor().orElseThrow();
    SearchRequest other =
        SearchRequest.builder(new Query.Word("sea")).pageSize(5).cursor(cursor).build();
    assertThatThrownBy(() -> index.search(other))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessage(
            "cursor belongs to a different query, filter or sort: start again without a cursor");
  }

  @Test
  void aCursorOfAnotherSortIsRejected() throws IOException {
    SearchRequest request = SearchRequest.builder(OCEAN).pageSize(5).build();
    String cursor = index.search(request).nextCursor().orElseThrow();
    SearchRequest resorted =
        SearchRequest.builder(OCEAN).sort(SortOrder.NEWEST_FIRST).pageSize(5).build();
    assertThatThrownBy(() -> index.search(resorted.after(cursor)))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessageStartingWith("cursor belongs to a different query, filter or sort");
  }
}
