package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.search.AccessFilter;
import org.dossier.search.Hit;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchRequest;
import org.dossier.search.query.QueryParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typed symbol finds its document, then its family and the documents under it, then the documents
 * citing it, all through keyword fields; a word with a slash that is no symbol ({@code his/her}) is
 * still searched in the texts.
 */
class SymbolLookupTest {
  private static final String RESOLUTION = "a-res";
  private static final String CORRIGENDUM = "b-res-corr";
  private static final String LETTER_CITING_IT = "c-letter";
  private static final String LETTER_CITING_THE_CORRIGENDUM = "d-letter";
  private static final String RESTRICTED_NOTE_CITING_IT = "e-note";
  private static final String LETTER_WRITING_IT_UNCITED = "f-letter";
  private static final String GUIDE_WITH_SLASH_WORDS = "g-guide";

  private final QueryParser parser = QueryParser.withoutCountryNames();
  @TempDir Path directory;
  private LuceneSearchIndex index;

  @BeforeEach
  void indexDocuments() throws IOException {
    index = LuceneSearchIndex.open(directory);
    index.apply(
        List.of(
            document(RESOLUTION, "A/HRC/RES/43/1", "Resolution on the right to water").build(),
            document(CORRIGENDUM, "A/HRC/RES/43/1/Corr.1", "Corrigendum")
                .familySymbol("A/HRC/RES/43/1")
                .build(),
            // Cites it as "resolution 43/1": its text never writes the symbol.
            document(LETTER_CITING_IT, "A/HRC/43/G/5", "Recalling Council resolution 43/1")
                .citedSymbol("A/HRC/RES/43/1")
                .build(),
            document(LETTER_CITING_THE_CORRIGENDUM, "A/HRC/43/G/6", "On the corrigendum")
                .citedSymbol("A/HRC/RES/43/1/Corr.1")
                .build(),
            document(RESTRICTED_NOTE_CITING_IT, "A/HRC/43/CRP.1", "Recalling resolution 43/1")
                .citedSymbol("A/HRC/RES/43/1")
                .distribution(Distribution.RESTRICTED)
                .build(),
            document(
                    LETTER_WRITING_IT_UNCITED,
                    "A/HRC/43/G/7",
                    "A draft numbered A/HRC/RES/43/1 by mistake")
                .build(),
            document(
                    GUIDE_WITH_SLASH_WORDS,
                    "A/HRC/43/INF/1",
                    "Each delegate may give his/her views; speeds in km/h")
                .build()),
        List.of(),
        1);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static IndexedDocument.Builder document(String id, String symbol, String text) {
    LocalDate issued = LocalDate.of(2020, 6, 1);
    return IndexedDocument.builder(id)
        .symbol(symbol)
        .body("HRC")
        .session(43, 2020)
        .docType(DocType.LETTER)
        .distribution(Distribution.GENERAL)
        .issueDate(issued)
        .version(Language.EN, "Document " + symbol, text, null, issued);
  }

  private List<String> ids(String query, AccessFilter access) throws Exception {
    SearchRequest request = SearchRequest.builder(parser.parse(query)).access(access).build();
    return index.search(request).hits().stream().map(Hit::documentId).toList();
  }

  private List<String> ids(String query) throws Exception {
    return ids(query, AccessFilter.unrestricted());
  }

  @Test
  void aTypedSymbolRanksItsDocumentThenItsFamilyThenTheDocumentsCitingIt() throws Exception {
    assertThat(ids("a/hrc/res/43/1"))
        .containsExactly(
            RESOLUTION,
            CORRIGENDUM,
            LETTER_CITING_IT,
            LETTER_CITING_THE_CORRIGENDUM,
            RESTRICTED_NOTE_CITING_IT);
  }

  @Test
  void aCitationFoundOnlyInTheCitedFieldStillFindsTheCitingDocument() throws Exception {
    assertThat(ids("A/HRC/RES/43/1/Corr.1"))
        .containsExactly(CORRIGENDUM, LETTER_CITING_THE_CORRIGENDUM);
  }

  @Test
  void theBeginningOfASymbolFindsTheDocumentsUnderItThenThoseCitingThem() throws Exception {
    assertThat(ids("A/HRC/RES/43"))
        .containsExactly(
            RESOLUTION,
            CORRIGENDUM,
            LETTER_CITING_IT,
            LETTER_CITING_THE_CORRIGENDUM,
            RESTRICTED_NOTE_CITING_IT);
  }

  @Test
  void documentsCitingASymbolTheReaderMayNotSeeStayHidden() throws Exception {
    assertThat(ids("a/hrc/res/43/1", AccessFilter.distributions(Set.of(Distribution.GENERAL))))
        .containsExactly(RESOLUTION, CORRIGENDUM, LETTER_CITING_IT, LETTER_CITING_THE_CORRIGENDUM);
  }

  @Test
  void aSymbolAfterTheSymbolFieldListsNoCitingDocuments() throws Exception {
    assertThat(ids("symbol:a/hrc/res/43/1")).containsExactly(RESOLUTION, CORRIGENDUM);
  }

  /** A real symbol is looked up among the citations the import read, not in the texts again. */
  @Test
  void aTypedSymbolIsNotSearchedInTheTexts() throws Exception {
    assertThat(ids("a/hrc/res/43/1")).doesNotContain(LETTER_WRITING_IT_UNCITED);
  }

  @Test
  void aWordWithASlashThatIsNoSymbolIsSearchedInTheTexts() throws Exception {
    assertThat(ids("his/her")).containsExactly(GUIDE_WITH_SLASH_WORDS);
    assertThat(ids("KM/H")).containsExactly(GUIDE_WITH_SLASH_WORDS);
    assertThat(ids("delegate his/her views")).containsExactly(GUIDE_WITH_SLASH_WORDS);
  }
}
