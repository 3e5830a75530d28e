package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CitationEdge;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.search.Facet;
import org.dossier.search.FacetCount;
import org.dossier.search.Hit;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every role, no document it may not see leaks through any read method below the web: not its
 * symbol, title, count, facet value, snippet, family link, citation link, suggestion or file. The
 * expected visibility is written out by hand per viewer, from the policy table in docs/access.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAdversarialTest {
  private static final String GENERAL = "A/HRC/43/1";
  private static final String CITING = "A/HRC/43/2";
  private static final String UNKNOWN = "A/HRC/43/3";
  private static final String LIMITED = "A/HRC/43/L.5";
  private static final String RESTRICTED = "A/HRC/43/1/Add.1";
  private static final String WORD = "quinoa";

  /** Printed only in the restricted document and in the two submissions. */
  private static final String SECRET = "zanzibar";

  private Installation installation;
  private String franceKey;
  private String germanyKey;
  private final Map<String, Long> ids = new LinkedHashMap<>();

  @BeforeAll
  void catalogue(@TempDir Path directory) {
    installation = Installation.open(directory.resolve("data"));
    put(GENERAL, Distribution.GENERAL, WORD + " general report");
    put(CITING, Distribution.GENERAL, WORD + " citing report", RESTRICTED);
    put(UNKNOWN, null, WORD + " report of unknown distribution");
    put(LIMITED, Distribution.LIMITED, WORD + " limited draft");
    put(RESTRICTED, Distribution.RESTRICTED, WORD + " restricted addendum " + SECRET);
    installation.catchUp();
    Circulation circulation = installation.circulation();
    long france = circulation.submit(Viewer.delegate("delegate.fra", "FRA"), form("FRA"));
    long germany = circulation.submit(Viewer.delegate("delegate.deu", "DEU"), form("DEU"));
    franceKey = "submission:" + france;
    germanyKey = "submission:" + germany;
    ids.put(franceKey, france);
    ids.put(germanyKey, germany);
  }

  @AfterAll
  void close() {
    installation.close();
  }

  private void put(String symbol, Distribution distribution, String text, String... cited) {
    DocumentRecord.Builder record =
        Records.report(symbol, Language.EN).distribution(distribution).title("Title of " + symbol);
    for (String citedSymbol : cited) {
      record.addCitation(new DocumentRecord.Citation(citedSymbol, citedSymbol));
    }
    ids.put(symbol, Records.put(installation, record.build(), text).documentId());
  }

  private static Circulation.SubmissionForm form(String mission) {
    String text =
        "Note verbale dated 2 March 2020 from the Permanent Mission to the United Nations Office"
            + " at Geneva addressed to the Office of the High Commissioner for Human Rights. The"
            + " Permanent Mission has the honour to transmit a contribution on "
            + WORD
            + " and "
            + SECRET
            + ", and requests that it be circulated as a document of the forty-third session of"
            + " the Human Rights Council under agenda item 4.";
    return new Circulation.SubmissionForm(
        mission,
        Body.HUMAN_RIGHTS_COUNCIL,
        43,
        List.of(4),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        List.of(
            new Circulation.Upload(
                mission.toLowerCase(java.util.Locale.ROOT) + "-note.txt",
                text.getBytes(StandardCharsets.UTF_8))));
  }

  /** Each viewer and the documents it may see, written out by hand from the policy table. */
  static List<Object[]> viewers() {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {Viewer.anonymous(), Set.of(GENERAL, CITING)});
    cases.add(
        new Object[] {
          Viewer.delegate("delegate.fra", "FRA"), Set.of(GENERAL, CITING, LIMITED, "FRA")
        });
    cases.add(
        new Object[] {
          Viewer.delegate("delegate.deu", "DEU"), Set.of(GENERAL, CITING, LIMITED, "DEU")
        });
    cases.add(
        new Object[] {
          Viewer.translator("translator.fr", Set.of(Language.FR)), Set.of(GENERAL, CITING, LIMITED)
        });
    Set<String> all = Set.of(GENERAL, CITING, UNKNOWN, LIMITED, RESTRICTED, "FRA", "DEU");
    cases.add(new Object[] {Viewer.registrar("registrar"), all});
    cases.add(new Object[] {Viewer.administrator("admin"), all});
    cases.add(new Object[] {Viewer.localAdministrator(), all});
    return cases;
  }

  /** The keys the test's names stand for: the submissions' keys are known only once submitted. */
  private Set<String> keys(Set<String> names) {
    Set<String> keys = new TreeSet<>();
    for (String name : names) {
      keys.add(name.equals("FRA") ? franceKey : name.equals("DEU") ? germanyKey : name);
    }
    return keys;
  }

  private Set<String> hidden(Set<String> visible) {
    Set<String> hidden = new TreeSet<>(ids.keySet());
    hidden.removeAll(visible);
    return hidden;
  }

  @ParameterizedTest
  @MethodSource("viewers")
  void catalogueReadsShowExactlyWhatTheViewerMaySee(Viewer viewer, Set<String> names) {
    Set<String> visible = keys(names);
    CatalogueReader reader = installation.readerFor(viewer).catalogue();

    assertThat(reader.documents(DocumentFilter.ALL, 0, 100))
        .extracting(CataloguedDocument::key)
        .containsExactlyInAnyOrderElementsOf(visible);
    for (String key : visible) {
      assertThat(reader.find(key)).as(key).isPresent();
      assertThat(reader.document(ids.get(key))).as(key).isPresent();
      assertThat(reader.currentVersions(ids.get(key))).as(key).isNotEmpty();
    }
    for (String key : hidden(visible)) {
      long id = ids.get(key);
      // Exactly the answers for a document that does not exist.
      assertThat(reader.find(key)).isEqualTo(reader.find("A/HRC/43/999"));
      assertThat(reader.document(id)).isEqualTo(reader.document(999_999));
      assertThat(reader.currentVersions(id)).isEqualTo(reader.currentVersions(999_999));
      assertThat(reader.revisions(id, Language.EN)).isEmpty();
      assertThat(reader.familyMembers(id)).isEmpty();
      assertThat(reader.familyBase(id)).isEmpty();
      assertThat(reader.cites(id)).isEmpty();
      assertThat(reader.citedBy(id)).isEmpty();
      assertThat(installation.readerFor(viewer).original(id, Language.EN)).isEmpty();
    }
    // Family and citation links name only visible documents.
    assertThat(reader.familyMembers(ids.get(GENERAL)))
        .extracting(CataloguedDocument::symbol)
        .containsExactlyElementsOf(visible.contains(RESTRICTED) ? List.of(RESTRICTED) : List.of());
    List<CitationEdge> cites = reader.cites(ids.get(CITING));
    assertThat(cites).extracting(CitationEdge::citedSymbol).containsExactly("A/HRC/43/1/ADD.1");
    assertThat(cites.getFirst().citedDocumentId())
        .isEqualTo(visible.contains(RESTRICTED) ? ids.get(RESTRICTED) : null);
    assertThat(reader.citedBy(ids.get(RESTRICTED))).hasSize(visible.contains(RESTRICTED) ? 1 : 0);
  }

  @ParameterizedTest
  @MethodSource("viewers")
  void searchHitsTotalsFacetsSnippetsAndSuggestionsShowNothingHidden(
      Viewer viewer, Set<String> names) throws IOException {
    Set<String> visible = keys(names);
    Reader reader = installation.readerFor(viewer);
    Set<String> visibleIds = new TreeSet<>();
    visible.forEach(key -> visibleIds.add(Long.toString(ids.get(key))));

    for (Query query :
        List.of(
            new Query.MatchAll(),
            new Query.Word(WORD),
            new Query.Word(SECRET),
            parse("distribution:Restricted OR distribution:Limited OR distribution:General"))) {
      SearchRequest request =
          SearchRequest.builder(query).countAllFacets().pageSize(100).exactTotal(true).build();
      SearchResult result = reader.search(request);
      Set<String> hitIds = new TreeSet<>();
      result.hits().forEach(hit -> hitIds.add(hit.documentId()));
      assertThat(visibleIds).as(query.toString()).containsAll(hitIds);
      assertThat(result.totalHits()).isEqualTo(hitIds.size());
      assertThat(reader.count(request)).isEqualTo(hitIds.size());
      long facetTotal =
          result.facets().getOrDefault(Facet.DISTRIBUTION, List.of()).stream()
              .mapToLong(FacetCount::count)
              .sum();
      assertThat(facetTotal).isLessThanOrEqualTo(hitIds.size());
      for (Hit hit : result.hits()) {
        assertThat(hit.symbol() == null || visible.contains(hit.symbol())).isTrue();
      }
    }
    // The secret word is printed only in hidden documents for these viewers: not a hit, not a
    // count, not a snippet.
    if (!visible.contains(RESTRICTED)
        && !visible.contains(franceKey)
        && !visible.contains(germanyKey)) {
      SearchResult secret =
          reader.search(SearchRequest.builder(new Query.Word(SECRET)).countAllFacets().build());
      assertThat(secret.totalHits()).isZero();
      assertThat(secret.hits()).isEmpty();
      secret.facets().values().forEach(counts -> assertThat(counts).isEmpty());
    }
    SearchResult everything =
        reader.search(
            SearchRequest.builder(new Query.MatchAll())
                .countAllFacets()
                .pageSize(100)
                .exactTotal(true)
                .build());
    Set<String> hitIds = new TreeSet<>();
    everything.hits().forEach(hit -> hitIds.add(hit.documentId()));
    assertThat(hitIds).isEqualTo(visibleIds);
    assertThat(everything.facets().get(Facet.DISTRIBUTION))
        .extracting(FacetCount::value)
        .doesNotContain(visible.contains(RESTRICTED) ? "-" : "Restricted")
        .doesNotContain(visible.contains(LIMITED) ? "-" : "Limited");

    SearchResult lookUp =
        reader.search(SearchRequest.builder(parse(RESTRICTED)).countAllFacets().build());
    // The citing document is found too: its own text names the symbol. Only that one, unless the
    // viewer may see the addendum itself.
    Set<String> lookUpIds = new TreeSet<>();
    lookUp.hits().forEach(hit -> lookUpIds.add(hit.documentId()));
    Set<String> expectedLookUp = new TreeSet<>(Set.of(Long.toString(ids.get(CITING))));
    if (visible.contains(RESTRICTED)) {
      expectedLookUp.add(Long.toString(ids.get(RESTRICTED)));
    }
    assertThat(lookUpIds).isEqualTo(expectedLookUp);
    assertThat(lookUp.totalHits()).isEqualTo(expectedLookUp.size());
    assertThat(reader.similarSymbols("A/HRC/43/1/Add.2", 10))
        .containsExactlyInAnyOrderElementsOf(
            visible.stream().filter(key -> key.startsWith("A/HRC/43/")).toList());
  }

  @ParameterizedTest
  @MethodSource("viewers")
  void actingOnAHiddenDocumentIsAnsweredAsForOneThatDoesNotExist(Viewer viewer, Set<String> names) {
    Set<String> visible = keys(names);
    Circulation circulation = installation.circulation();
    for (String key : hidden(visible)) {
      long id = ids.get(key);
      String hiddenMessage = messageOf(() -> circulation.tasks(viewer, id));
      String missingMessage = messageOf(() -> circulation.tasks(viewer, 999_999));
      assertThat(hiddenMessage.replace(Long.toString(id), "N"))
          .isEqualTo(missingMessage.replace("999999", "N"));
    }
  }

  @ParameterizedTest
  @MethodSource("viewers")
  void aDelegateReadsOnlyItsOwnMissionsNotifications(Viewer viewer, Set<String> names) {
    Circulation circulation = installation.circulation();
    if (viewer.role() == org.dossier.access.Role.DELEGATE) {
      String other = viewer.mission().equals("FRA") ? "DEU" : "FRA";
      assertThat(circulation.notifications(viewer, viewer.mission(), 0, 10)).hasSize(1);
      assertThatThrownBy(() -> circulation.notifications(viewer, other, 0, 10))
          .isInstanceOf(org.dossier.access.AccessDeniedException.class);
    }
  }

  private static String messageOf(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    throw new AssertionError("expected a refusal");
  }

  private static Query parse(String text) {
    try {
      return QueryParser.withoutCountryNames().parse(text);
    } catch (org.dossier.search.query.QuerySyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
