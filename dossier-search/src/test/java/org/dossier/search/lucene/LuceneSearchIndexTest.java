package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Distribution;
import org.dossier.model.Language;
import org.dossier.search.AccessFilter;
import org.dossier.search.Facet;
import org.dossier.search.FacetCount;
import org.dossier.search.Hit;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryField;
import org.dossier.search.query.QueryParser;
import org.dossier.search.query.QuerySyntaxException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneSearchIndexTest {
  private final QueryParser parser = QueryParser.withoutCountryNames();
  @TempDir Path directory;
  private LuceneSearchIndex index;

  @BeforeEach
  void indexFixtures() throws IOException {
    index = LuceneSearchIndex.open(directory);
    index.apply(Fixtures.all(), List.of(), 1);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private SearchResult search(String query) throws IOException, QuerySyntaxException {
    return search(query, request -> {});
  }

  private SearchResult search(String query, Consumer<SearchRequest.Builder> options)
      throws IOException, QuerySyntaxException {
    SearchRequest.Builder request = SearchRequest.builder(parser.parse(query));
    options.accept(request);
    return index.search(request.build());
  }

  private List<String> ids(String query) throws IOException, QuerySyntaxException {
    return ids(search(query));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::documentId).toList();
  }

  private static Map<String, Long> counts(SearchResult result, Facet facet) {
    return result.facets().get(facet).stream()
        .collect(java.util.stream.Collectors.toMap(FacetCount::value, FacetCount::count));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A/HRC/43/G/17",
        "a/hrc/43/g/17",
        "  A/HRC/43/G/17  ",
        "A/HRC/ 43/G/17",
        "symbol:a/hrc/43/g/17"
      })
  void aSymbolInAnySpellingBringsItsDocumentToTheTop(String typed) throws Exception {
    assertThat(ids(typed)).first().isEqualTo(Fixtures.NOTE_VERBALE);
  }

  @Test
  void aTypedSymbolAlsoFindsDocumentsCitingItBelowTheDocumentItself() throws Exception {
    assertThat(ids("a/hrc/43/g/17"))
        .containsExactly(Fixtures.NOTE_VERBALE, Fixtures.SESSION_REPORT);
    assertThat(ids("symbol:a/hrc/43/g/17")).containsExactly(Fixtures.NOTE_VERBALE);
  }

  @Test
  void anAlternateSymbolFindsTheDocument() throws Exception {
    assertThat(ids("A/C.3/75/L.1")).first().isEqualTo(Fixtures.DRAFT_RESOLUTION);
  }

  @Test
  void aBaseSymbolFindsItsFamilyBelowTheExactMatch() throws Exception {
    assertThat(ids("symbol:A/HRC/43/2"))
        .containsExactly(Fixtures.SESSION_REPORT, Fixtures.SESSION_REPORT_ADDENDUM);
  }

  @Test
  void aSymbolPrefixFindsTheDocumentsUnderIt() throws Exception {
    assertThat(ids("symbol:A/HRC/43"))
        .containsExactlyInAnyOrder(
            Fixtures.NOTE_VERBALE, Fixtures.SESSION_REPORT, Fixtures.SESSION_REPORT_ADDENDUM);
  }

  @Test
  void aJobNumberFindsItsDocument() throws Exception {
    assertThat(ids("ge.20-03999")).containsExactly(Fixtures.SESSION_REPORT_ADDENDUM);
  }

  @Test
  void aDocumentWithSixVersionsIsOneHitWithEveryMatchingLanguage() throws Exception {
    SearchResult result = search("torture OR tortura OR пыток OR التعذيب OR 酷刑");
    assertThat(ids(result)).containsOnlyOnce(Fixtures.NOTE_VERBALE);
    Hit hit =
        result.hits().stream()
            .filter(h -> h.documentId().equals(Fixtures.NOTE_VERBALE))
            .findFirst()
            .orElseThrow();
    assertThat(hit.matchingLanguages()).containsExactlyInAnyOrder(Language.values());
    assertThat(hit.titles()).hasSize(6);
  }

  @Test
  void onlyTheVersionsThatMatchAreReported() throws Exception {
    Hit hit = search("酷刑").hits().getFirst();
    assertThat(hit.documentId()).isEqualTo(Fixtures.NOTE_VERBALE);
    assertThat(hit.matchingLanguages()).containsExactly(Language.ZH);
    assertThat(hit.snippets()).containsOnlyKeys(Language.ZH);
  }

  @Test
  void wordsMatchTheirInflectedForms() throws Exception {
    assertThat(ids("tortures")).contains(Fixtures.NOTE_VERBALE, Fixtures.DRAFT_RESOLUTION);
    assertThat(ids("представительством")).containsExactly(Fixtures.NOTE_VERBALE);
  }

  @Test
  void arabicQueriesMatchWithoutTheArticle() throws Exception {
    assertThat(ids("تعذيب")).containsExactly(Fixtures.NOTE_VERBALE);
  }

  @Test
  void phrasesNeedTheWordsInOrder() throws Exception {
    assertThat(ids("\"prevention of torture\""))
        .containsExactlyInAnyOrder(Fixtures.NOTE_VERBALE, Fixtures.DRAFT_RESOLUTION);
    assertThat(ids("\"torture of prevention\"")).isEmpty();
  }

  @Test
  void chineseWordsTypedWithoutSpacesMustAllMatchInOrder() throws Exception {
    assertThat(ids("人权理事会")).containsExactly(Fixtures.NOTE_VERBALE);
    assertThat(ids("理事会人权")).isEmpty();
  }

  @Test
  void wordsAreAndedAcrossTheQuery() throws Exception {
    assertThat(ids("torture detention"))
        .containsExactlyInAnyOrder(Fixtures.NOTE_VERBALE, Fixtures.RESTRICTED_PAPER);
  }

  @Test
  void orWidensAndNotNarrows() throws Exception {
    assertThat(ids("maritime OR climate"))
        .containsExactlyInAnyOrder(Fixtures.SECURITY_COUNCIL_LETTER, Fixtures.SESSION_REPORT);
    assertThat(ids("torture -detention")).containsExactly(Fixtures.DRAFT_RESOLUTION);
    assertThat(ids("NOT body:HRC"))
        .containsExactlyInAnyOrder(Fixtures.DRAFT_RESOLUTION, Fixtures.SECURITY_COUNCIL_LETTER);
  }

  @Test
  void langRestrictsTheWordsToThatLanguage() throws Exception {
    assertThat(ids("lang:zh torture")).isEmpty();
    SearchResult french = search("lang:fr torture");
    assertThat(ids(french)).containsExactly(Fixtures.NOTE_VERBALE);
    assertThat(french.hits().getFirst().matchingLanguages()).containsExactly(Language.FR);
  }

  @Test
  void fieldFiltersMatchMetadata() throws Exception {
    assertThat(ids("body:sc")).containsExactly(Fixtures.SECURITY_COUNCIL_LETTER);
    assertThat(ids("country:VNM")).containsExactly(Fixtures.SECURITY_COUNCIL_LETTER);
    assertThat(ids("type:report"))
        .containsExactlyInAnyOrder(Fixtures.SESSION_REPORT, Fixtures.SESSION_REPORT_ADDENDUM);
    assertThat(ids("agenda:4")).containsExactly(Fixtures.NOTE_VERBALE);
    assertThat(ids("session:75")).containsExactly(Fixtures.DRAFT_RESOLUTION);
    assertThat(ids("distribution:limited")).containsExactly(Fixtures.DRAFT_RESOLUTION);
  }

  @Test
  void bodyAcceptsTheBodysCodeOrItsNameInAnyLanguage() throws Exception {
    List<String> humanRightsCouncil = ids("body:HRC");
    assertThat(humanRightsCouncil).contains(Fixtures.NOTE_VERBALE, Fixtures.SESSION_REPORT);
    assertThat(ids("body:hrc")).containsExactlyInAnyOrderElementsOf(humanRightsCouncil);
    assertThat(ids("body:\"human rights council\""))
        .containsExactlyInAnyOrderElementsOf(humanRightsCouncil);
    assertThat(ids("body:\"Conseil des droits de l’homme\""))
        .containsExactlyInAnyOrderElementsOf(humanRightsCouncil);
    assertThat(ids("body:\"安全理事会\"")).containsExactly(Fixtures.SECURITY_COUNCIL_LETTER);
  }

  @Test
  void bodyAlsoMatchesAnOrganAsPrintedThatTheModelDoesNotKnow() throws Exception {
    index.apply(
        List.of(
            IndexedDocument.builder("wgad-opinion")
                .body("WGAD")
                .organ("Working Group on Arbitrary Detention")
                .version(Language.EN, "Opinion", "An opinion.", null, null)
                .build()),
        List.of(),
        2);
    assertThat(ids("body:\"working group on arbitrary detention\""))
        .containsExactly("wgad-opinion");
  }

  @Test
  void frenchArticlesAndElisionsDoNotHaveToMatch() throws Exception {
    assertThat(ids("droits de l'homme")).containsExactly(Fixtures.SESSION_REPORT);
    assertThat(ids("droits de l’homme")).containsExactly(Fixtures.SESSION_REPORT);
    assertThat(ids("prévention de la torture")).containsExactly(Fixtures.NOTE_VERBALE);
  }

  @Test
  void englishStopWordsDoNotHaveToMatch() throws Exception {
    assertThat(ids("the prevention of torture"))
        .containsExactlyInAnyOrder(Fixtures.NOTE_VERBALE, Fixtures.DRAFT_RESOLUTION);
  }

  @Test
  void chineseTypedWithoutSpacesIsSegmentedIntoWordsThatMatch() throws Exception {
    assertThat(ids("防止酷刑")).containsExactly(Fixtures.NOTE_VERBALE);
    assertThat(ids("酷刑防止")).isEmpty();
  }

  @Test
  void arabicArticlesAndStopWordsDoNotHaveToMatch() throws Exception {
    assertThat(ids("التعذيب في الاحتجاز")).containsExactly(Fixtures.NOTE_VERBALE);
  }

  @Test
  void aWordEveryLanguageDropsConstrainsNothing() throws Exception {
    assertThat(ids("lang:en the torture")).containsExactlyElementsOf(ids("lang:en torture"));
  }

  @Test
  void wordsMustAllMatchInOneLanguageVersion() throws Exception {
    assertThat(ids("torture пыток")).isEmpty();
    assertThat(ids("torture detention")).contains(Fixtures.NOTE_VERBALE);
  }

  @Test
  void sessionMatchesBodiesThatCountSessionsByYear() throws Exception {
    assertThat(ids("body:SC session:2020")).containsExactly(Fixtures.SECURITY_COUNCIL_LETTER);
  }

  @Test
  void dateRangesIncludeBothEnds() throws Exception {
    assertThat(ids("date:2020-02-01..2020-02-20"))
        .containsExactlyInAnyOrder(Fixtures.NOTE_VERBALE, Fixtures.SECURITY_COUNCIL_LETTER);
  }

  @Test
  void openDateRangesAndYears() throws Exception {
    assertThat(ids("date:2021")).containsExactly(Fixtures.RESTRICTED_PAPER);
    assertThat(ids("date:..2020")).hasSize(5).doesNotContain(Fixtures.RESTRICTED_PAPER);
    assertThat(ids("date:2020-09..")).contains(Fixtures.DRAFT_RESOLUTION).hasSize(2);
  }

  @Test
  void sortsByDateEitherWay() throws Exception {
    assertThat(ids(search("body:HRC", r -> r.sort(SortOrder.NEWEST_FIRST))))
        .containsExactly(
            Fixtures.RESTRICTED_PAPER,
            Fixtures.SESSION_REPORT_ADDENDUM,
            Fixtures.SESSION_REPORT,
            Fixtures.NOTE_VERBALE);
    assertThat(ids(search("body:HRC", r -> r.sort(SortOrder.OLDEST_FIRST))).getFirst())
        .isEqualTo(Fixtures.NOTE_VERBALE);
  }

  @Test
  void facetsCountMatchingDocuments() throws Exception {
    SearchResult result = search("body:HRC", SearchRequest.Builder::countAllFacets);
    assertThat(result.totalHits()).isEqualTo(4);
    assertThat(counts(result, Facet.SESSION)).isEqualTo(Map.of("43", 3L, "1", 1L));
    assertThat(counts(result, Facet.TYPE))
        .isEqualTo(Map.of("report", 2L, "note-verbale", 1L, "note", 1L));
    assertThat(counts(result, Facet.LANGUAGE))
        .isEqualTo(Map.of("en", 4L, "fr", 2L, "es", 1L, "ru", 1L, "ar", 1L, "zh", 1L));
    assertThat(counts(result, Facet.AGENDA)).isEqualTo(Map.of("1", 2L, "3", 1L, "4", 1L));
    assertThat(counts(result, Facet.YEAR)).isEqualTo(Map.of("2020", 3L, "2021", 1L));
    assertThat(counts(result, Facet.BODY)).isEqualTo(Map.of("HRC", 4L));
  }

  @Test
  void facetsAreCountedOnlyWhenAsked() throws Exception {
    assertThat(search("body:HRC").facets()).isEmpty();
    SearchResult types = search("body:HRC", r -> r.countFacets(Facet.TYPE));
    assertThat(types.facets()).containsOnlyKeys(Facet.TYPE);
    assertThat(counts(types, Facet.TYPE))
        .isEqualTo(Map.of("report", 2L, "note-verbale", 1L, "note", 1L));
  }

  @Test
  void snippetsCanBeLeftOutWithoutLosingTheMatchingLanguages() throws Exception {
    Hit hit = search("пыток OR 酷刑", r -> r.snippets(false)).hits().getFirst();
    assertThat(hit.snippets()).isEmpty();
    assertThat(hit.matchingLanguages()).containsExactlyInAnyOrder(Language.RU, Language.ZH);
  }

  @Test
  void beyondAThousandMatchesTheTotalIsALowerBoundUnlessAskedExact(@TempDir Path other)
      throws Exception {
    int documents = SearchRequest.EXACT_TOTAL_UP_TO * 3;
    List<IndexedDocument> many = new java.util.ArrayList<>();
    for (int i = 0; i < documents; i++) {
      many.add(
          IndexedDocument.builder("d" + i)
              .version(Language.EN, "Water " + i, "Water and sanitation, item " + i, null, null)
              .build());
    }
    try (LuceneSearchIndex large = LuceneSearchIndex.open(other)) {
      large.apply(many, List.of(), 1);
      SearchRequest.Builder water = SearchRequest.builder(parser.parse("water"));
      SearchResult cheap = large.search(water.build());
      assertThat(cheap.totalIsLowerBound()).isTrue();
      assertThat(cheap.totalHits())
          .isBetween((long) SearchRequest.EXACT_TOTAL_UP_TO, (long) documents);
      SearchResult exact = large.search(water.exactTotal(true).build());
      assertThat(exact.totalIsLowerBound()).isFalse();
      assertThat(exact.totalHits()).isEqualTo(documents);
      SearchResult faceted =
          large.search(
              SearchRequest.builder(parser.parse("water")).countFacets(Facet.LANGUAGE).build());
      assertThat(faceted.totalIsLowerBound()).isFalse();
      assertThat(faceted.totalHits()).isEqualTo(documents);
      assertThat(search("torture").totalIsLowerBound()).isFalse();
    }
  }

  @Test
  void facetsFollowRequestFilters() throws Exception {
    SearchResult result =
        search("", r -> r.filter(Facet.TYPE, "report", "letter").countAllFacets());
    assertThat(result.totalHits()).isEqualTo(3);
    assertThat(counts(result, Facet.LANGUAGE))
        .isEqualTo(Map.of("en", 3L, "fr", 1L, "zh", 1L, "ar", 1L));
    assertThat(counts(result, Facet.COUNTRY)).isEqualTo(Map.of("VNM", 1L));
    assertThat(counts(result, Facet.DISTRIBUTION)).isEqualTo(Map.of("General", 3L));
  }

  @Test
  void requestFiltersCombineWithTheQuery() throws Exception {
    SearchResult result = search("torture", r -> r.filter(Facet.YEAR, "2021"));
    assertThat(ids(result)).containsExactly(Fixtures.RESTRICTED_PAPER);
  }

  @Test
  void accessFilterHidesDocumentsFromHitsCountsAndFacets() throws Exception {
    AccessFilter publicOnly = AccessFilter.distributions(Set.of(Distribution.GENERAL));
    SearchResult result = search("torture", r -> r.access(publicOnly).countAllFacets());
    assertThat(ids(result)).containsExactly(Fixtures.NOTE_VERBALE);
    assertThat(result.totalHits()).isEqualTo(1);
    assertThat(counts(result, Facet.COUNTRY)).isEqualTo(Map.of("CHE", 1L));
    assertThat(counts(result, Facet.DISTRIBUTION)).isEqualTo(Map.of("General", 1L));
    assertThat(ids(search("detention conditions", r -> r.access(publicOnly)))).isEmpty();
    assertThat(
            index.count(SearchRequest.builder(parser.parse("torture")).access(publicOnly).build()))
        .isEqualTo(1);
  }

  @Test
  void accessPredicateNarrowsFurther() throws Exception {
    AccessFilter hrcOnly =
        AccessFilter.unrestricted().and(new Query.FieldMatch(QueryField.BODY, "HRC"));
    assertThat(ids(search("torture", r -> r.access(hrcOnly))))
        .containsExactlyInAnyOrder(Fixtures.NOTE_VERBALE, Fixtures.RESTRICTED_PAPER);
  }

  @Test
  void snippetsHighlightMatchesAndEscapeMarkup() throws Exception {
    Hit hit = search("duties").hits().getFirst();
    String snippet = hit.snippets().get(Language.EN);
    assertThat(snippet)
        .contains(Hit.HIGHLIGHT_START + "Duties" + Hit.HIGHLIGHT_END)
        .contains("&amp;")
        .contains("&lt;b&gt;")
        .doesNotContain("<b>");
  }

  @Test
  void snippetsComeForEachMatchingLanguage() throws Exception {
    Hit hit = search("пыток OR 酷刑").hits().getFirst();
    assertThat(hit.snippets()).containsOnlyKeys(Language.RU, Language.ZH);
    assertThat(hit.snippets().get(Language.RU)).contains(Hit.HIGHLIGHT_START + "пыток");
    assertThat(hit.snippets().get(Language.ZH)).contains(Hit.HIGHLIGHT_START + "酷刑");
  }

  @Test
  void metadataOnlyQueriesReportEveryVersionWithoutSnippets() throws Exception {
    Hit hit = search("symbol:S/2020/123").hits().getFirst();
    assertThat(hit.matchingLanguages())
        .containsExactlyInAnyOrder(Language.EN, Language.ZH, Language.AR);
    assertThat(hit.snippets()).isEmpty();
  }

  @Test
  void hitsShowTheirSymbolFlagDateAndTitles() throws Exception {
    Hit hit = search("symbol:A/75/L.1").hits().getFirst();
    assertThat(hit.symbol()).isEqualTo("A/75/L.1");
    assertThat(hit.provisional()).isTrue();
    assertThat(hit.issueDate()).isEqualTo(LocalDate.of(2020, 9, 15));
    assertThat(hit.titles())
        .containsOnlyKeys(Language.EN, Language.ES, Language.RU)
        .containsEntry(Language.EN, "Draft resolution on the prevention of torture");
  }

  @Test
  void aHitWithoutSymbolDateOrTitleShowsNone() throws Exception {
    index.apply(
        List.of(
            IndexedDocument.builder("untitled")
                .version(Language.FR, null, "Un texte sans titre sur les baleines.", null, null)
                .build()),
        List.of(),
        2);
    Hit hit = search("baleines").hits().getFirst();
    assertThat(hit.documentId()).isEqualTo("untitled");
    assertThat(hit.symbol()).isNull();
    assertThat(hit.provisional()).isFalse();
    assertThat(hit.issueDate()).isNull();
    assertThat(hit.titles()).isEmpty();
    assertThat(hit.matchingLanguages()).containsExactly(Language.FR);
  }

  @Test
  void upsertReplacesAndDeleteRemoves() throws Exception {
    index.apply(
        List.of(
            org.dossier.search.IndexedDocument.builder(Fixtures.SESSION_REPORT)
                .symbol("A/HRC/43/2")
                .version(Language.EN, "Revised report", "Now about oceans.", null, null)
                .build()),
        List.of(Fixtures.SECURITY_COUNCIL_LETTER),
        2);
    assertThat(ids("oceans")).containsExactly(Fixtures.SESSION_REPORT);
    assertThat(ids("climate")).isEmpty();
    assertThat(ids("maritime")).isEmpty();
    assertThat(search("").totalHits()).isEqualTo(5);
  }

  @Test
  void lastAppliedChangeSurvivesReopening() throws Exception {
    index.apply(List.of(), List.of(Fixtures.RESTRICTED_PAPER), 42);
    index.close();
    index = LuceneSearchIndex.open(directory);
    assertThat(index.lastAppliedChange()).isEqualTo(42);
    assertThat(search("").totalHits()).isEqualTo(5);
  }

  @Test
  void anIndexWrittenByAnotherMappingOpensEmptyToBeRebuilt() throws Exception {
    long fixtures = search("").totalHits();
    index.apply(List.of(), List.of(), 42);
    index.close();
    writeCommitData(
        Map.of(LuceneSearchIndex.CHANGE_SEQUENCE, "42", LuceneSearchIndex.SCHEMA_VERSION, "0"));

    index = LuceneSearchIndex.open(directory);

    assertThat(index.lastAppliedChange()).isZero();
    assertThat(search("").totalHits()).isZero();
    index.apply(Fixtures.all(), List.of(), 1);
    index.close();
    index = LuceneSearchIndex.open(directory);
    assertThat(index.lastAppliedChange()).as("rebuilt, it is kept on reopening").isEqualTo(1);
    assertThat(search("").totalHits()).isEqualTo(fixtures);
  }

  /** Replaces the user data of the index's last commit, as an older Dossier would have written. */
  private void writeCommitData(Map<String, String> data) throws IOException {
    try (FSDirectory lucene = FSDirectory.open(directory);
        IndexWriter writer = new IndexWriter(lucene, new IndexWriterConfig())) {
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  @Test
  void aNewIndexHasAppliedNothing(@TempDir Path empty) throws IOException {
    try (LuceneSearchIndex fresh = LuceneSearchIndex.open(empty)) {
      assertThat(fresh.lastAppliedChange()).isZero();
      assertThat(fresh.search(SearchRequest.builder(new Query.MatchAll()).build()).totalHits())
          .isZero();
    }
  }

  @Test
  void aFailedApplyLeavesNothingBehind() throws Exception {
    var accepted = Fixtures.generated("accepted", LocalDate.of(2022, 1, 1), 1);
    var refusedByLucene =
        org.dossier.search.IndexedDocument.builder("immense")
            .symbol("A/" + "X".repeat(40_000))
            .build();
    assertThatThrownBy(() -> index.apply(List.of(accepted, refusedByLucene), List.of(), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(index.lastAppliedChange()).isEqualTo(1);
    assertThat(ids("ocean")).isEmpty();
    index.apply(List.of(accepted), List.of(), 2);
    assertThat(ids("ocean")).containsExactly("accepted");
  }

  @Test
  void anUpdateIsSearchableAtOnceButOnlyACommitKeepsIt() throws Exception {
    var committed = Fixtures.generated("committed", LocalDate.of(2022, 1, 1), 1);
    var uncommitted = Fixtures.generated("uncommitted", LocalDate.of(2022, 1, 2), 2);
    var refusedByLucene =
        org.dossier.search.IndexedDocument.builder("immense")
            .symbol("A/" + "X".repeat(40_000))
            .build();
    index.update(List.of(committed), List.of(), 2);
    index.commit();
    index.update(List.of(uncommitted), List.of(), 3);
    assertThat(ids("ocean")).containsExactlyInAnyOrder("committed", "uncommitted");
    assertThat(index.lastAppliedChange()).isEqualTo(3);

    // A failure rolls back to the last commit, taking the uncommitted update with it.
    assertThatThrownBy(() -> index.update(List.of(refusedByLucene), List.of(), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(index.lastAppliedChange()).isEqualTo(2);
    assertThat(ids("ocean")).containsExactly("committed");
  }

  @Test
  void anOlderChangeIsRefused() {
    assertThatThrownBy(() -> index.apply(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalogue change 0 is older than the last one applied to the index, 1");
  }
}
