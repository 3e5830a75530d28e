package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/** Every API route on a real server, checked against the generator's truth about the corpus. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestServer server = TestServer.shared();
  private final List<GeneratedDocument> truth = server.truth();

  /** A corrigendum of the corpus, whose base is in the corpus too (its family both ways). */
  private GeneratedDocument corrigendum() {
    return truth.stream()
        .filter(d -> d.symbol().contains("/Corr.") && d.base().isPresent())
        .filter(d -> truth.stream().anyMatch(b -> b.symbol().equals(d.base().get())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the test corpus should hold a corrigendum"));
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode ok(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return json(response);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void searchFindsTheDocumentsOfAQueryWithFacets() {
    GeneratedDocument document = corrigendum();
    JsonNode page =
        ok("/api/v1/search?q=" + encoded("symbol:" + document.symbol()) + "&facets=true");
    assertThat(page.path("total").asLong()).isEqualTo(1);
    assertThat(page.path("hits").get(0).path("symbol").asText()).isEqualTo(document.symbol());
    assertThat(page.path("facets").path("body").get(0).path("count").asLong()).isEqualTo(1);
    assertThat(page.path("facets").has("language")).isTrue();
  }

  @Test
  void searchPagesWithACursorThroughEveryVisibleDocument() {
    // The catalogue's published documents of General distribution: what an anonymous reader may
    // see (docs/access.md), counted in the catalogue rather than through the index paged here.
    Set<String> visible = new HashSet<>();
    for (CataloguedDocument document :
        server.installation().catalogue().documents(DocumentFilter.ALL, 0, 1000)) {
      if (document.distribution() == Distribution.GENERAL
          && document.state() == DocumentState.PUBLISHED) {
        visible.add(Long.toString(document.id()));
      }
    }
    assertThat(visible).hasSizeGreaterThanOrEqualTo(truth.size());
    Set<String> seen = new HashSet<>();
    String path = "/api/v1/documents?pageSize=5";
    int pages = 0;
    while (true) {
      JsonNode page = ok(path);
      page.path("hits").forEach(hit -> assertThat(seen.add(hit.path("id").asText())).isTrue());
      pages++;
      if (page.path("nextCursor").isNull()) {
        break;
      }
      path = "/api/v1/documents?pageSize=5&cursor=" + encoded(page.path("nextCursor").asText());
    }
    assertThat(seen).isEqualTo(visible);
    assertThat(pages).isEqualTo((int) Math.ceil(visible.size() / 5.0));
  }

  @Test
  void aDocumentAnswersToAnySpellingOfItsSymbol() {
    GeneratedDocument document = corrigendum();
    String symbol = document.symbol();
    for (String spelling :
        List.of(symbol, symbol.toLowerCase(java.util.Locale.ROOT), symbol.replace('/', '_'))) {
      JsonNode node = ok("/api/v1/documents/" + spelling);
      assertThat(node.path("symbol").asText()).as(spelling).isEqualTo(symbol);
    }
    JsonNode node = ok("/api/v1/documents/" + symbol);
    assertThat(node.path("familyBase").asText()).isEqualTo(document.base().get());
    assertThat(node.path("familyRelation").asText()).isEqualTo("corrigendum");
    List<String> languages = new ArrayList<>();
    node.path("versions").forEach(v -> languages.add(v.path("language").asText()));
    assertThat(languages).containsExactlyInAnyOrder("ar", "zh", "en", "fr", "es", "ru");
    assertThat(node.path("links").path("family").asText()).isEqualTo("/api/v1/families/" + symbol);
  }

  @Test
  void anUnknownSymbolIsA404ProblemWithSuggestions() {
    GeneratedDocument document = corrigendum();
    String near = document.symbol().replace("/Corr.1", "/Corr.9");
    HttpResponse<String> response = server.get("/api/v1/documents/" + near);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.path("detail").asText()).isEqualTo("No document answers to '" + near + "'");
    List<String> suggestions = new ArrayList<>();
    problem.path("suggestions").forEach(s -> suggestions.add(s.asText()));
    assertThat(suggestions).contains(document.symbol());
  }

  @Test
  void aVersionComesAsRecordAndTextAsCleanTextAsAkomaNtosoAndAsTheOriginalFile()
      throws IOException {
    GeneratedDocument document = corrigendum();
    String path = "/api/v1/versions/fr/" + document.symbol();
    JsonNode version = ok(path);
    assertThat(version.path("language").asText()).isEqualTo("fr");
    assertThat(version.path("record").path("symbol").asText()).isEqualTo(document.symbol());
    assertThat(version.path("record").path("language").asText()).isEqualTo("fr");
    assertThat(version.path("text").asText()).isNotBlank();

    HttpResponse<String> text = server.get(path + "?format=text");
    assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; charset=UTF-8");
    assertThat(text.body()).isEqualTo(version.path("text").asText());

    HttpResponse<String> akn = server.get(path + "?format=akn");
    assertThat(akn.body())
        .contains("<akomaNtoso")
        .contains("http://docs.oasis-open.org/legaldocml");

    // The original is the very file that was imported, byte for byte.
    byte[] expected = null;
    for (Format format : Format.values()) {
      java.nio.file.Path file =
          server.corpus().resolve(document.version(Language.FR).fileName(format));
      if (Files.exists(file)) {
        expected = Files.readAllBytes(file);
      }
    }
    HttpResponse<byte[]> original =
        sendBytes(HttpRequest.newBuilder(server.uri(path + "?format=original")).build());
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.body()).isEqualTo(expected);
    assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename*=UTF-8''");
  }

  @Test
  void aMissingLanguageOrABadFormatIsNamed() {
    String symbol = corrigendum().symbol();
    HttpResponse<String> format = server.get("/api/v1/versions/fr/" + symbol + "?format=pdf");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(json(format).path("detail").asText())
        .isEqualTo("format: expected one of json, text, akn, original, got 'pdf'");
    HttpResponse<String> language = server.get("/api/v1/versions/de/" + symbol);
    assertThat(language.statusCode()).isEqualTo(400);
    assertThat(json(language).path("parameter").asText()).isEqualTo("lang");
  }

  @Test
  void aFamilyIsLinkedBothWays() {
    GeneratedDocument corrigendum = corrigendum();
    String base = corrigendum.base().get();
    JsonNode up = ok("/api/v1/families/" + corrigendum.symbol());
    assertThat(up.path("relation").asText()).isEqualTo("corrigendum");
    assertThat(up.path("base").path("symbol").asText()).isEqualTo(base);
    JsonNode down = ok("/api/v1/families/" + base);
    assertThat(down.path("base").isNull()).isTrue();
    List<String> members = new ArrayList<>();
    down.path("members").forEach(m -> members.add(m.path("symbol").asText()));
    assertThat(members).contains(corrigendum.symbol());
  }

  @Test
  void citationsGoBothWays() {
    GeneratedDocument citing =
        truth.stream()
            .filter(d -> !d.symbol().contains("/L."))
            .filter(d ->
                d.cites().stream()
                    .anyMatch(c ->
                        truth.stream()
                            .anyMatch(t -> t.symbol().equals(c) && !t.symbol().contains("/L."))))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the corpus should cite within itself"));
    String cited =
        citing.cites().stream()
            .filter(c -> truth.stream().anyMatch(t -> t.symbol().equals(c)))
            .filter(c -> !c.contains("/L."))
            .findFirst()
            .orElseThrow();
    JsonNode out = ok("/api/v1/citations/" + citing.symbol());
    List<String> cites = new ArrayList<>();
    out.path("cites").forEach(c -> cites.add(c.path("symbol").asText()));
    assertThat(cites).containsAll(citing.cites());
    JsonNode in = ok("/api/v1/citations/" + cited);
    List<String> citedBy = new ArrayList<>();
    in.path("citedBy").forEach(c -> citedBy.add(c.path("symbol").asText()));
    assertThat(citedBy).contains(citing.symbol());
  }

  @Test
  void bodiesLeadToSessionsAgendaItemsAndDocuments() {
    GeneratedDocument document =
        truth.stream()
            .filter(d -> d.symbol().startsWith("A/HRC/") && d.symbol().contains("/Corr."))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the corpus should hold an HRC corrigendum"));
    JsonNode bodies = ok("/api/v1/bodies");
    List<String> codes = new ArrayList<>();
    bodies.path("bodies").forEach(b -> codes.add(b.path("body").asText()));
    assertThat(codes).contains("HRC");
    JsonNode sessions = ok("/api/v1/bodies/HRC/sessions");
    int session = Integer.parseInt(document.symbol().split("/")[2]);
    List<Integer> numbers = new ArrayList<>();
    sessions.path("sessions").forEach(s -> numbers.add(s.path("session").asInt()));
    assertThat(numbers).contains(session);
    JsonNode items = ok("/api/v1/bodies/HRC/sessions/" + session + "/agenda-items");
    assertThat(items.path("agendaItems").size()).isPositive();
    JsonNode first = items.path("agendaItems").get(0);
    assertThat(first.path("titles").path("en").asText()).isNotBlank();
    JsonNode documents = ok("/api/v1/bodies/HRC/sessions/" + session + "/documents");
    List<String> symbols = new ArrayList<>();
    documents.path("hits").forEach(h -> symbols.add(h.path("symbol").asText()));
    assertThat(symbols).contains(document.symbol());
    JsonNode underItem = ok(first.path("documentsHref").asText());
    assertThat(underItem.path("total").asLong()).isPositive();
    assertThat(server.get("/api/v1/bodies/XYZ/sessions").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/bodies/HRC/sessions/999/agenda-items").statusCode())
        .isEqualTo(404);
  }

  @Test
  void countriesListTheirNamesAndTheirDocuments() {
    JsonNode countries = ok("/api/v1/countries");
    JsonNode southAfrica = null;
    for (JsonNode country : countries.path("countries")) {
      if (country.path("country").asText().equals("ZAF")) {
        southAfrica = country;
      }
    }
    long expected =
        truth.stream()
            .filter(d -> "ZAF".equals(d.versions().getFirst().truth().country()))
            .filter(d -> !d.symbol().contains("/L."))
            .count();
    assertThat(expected).isPositive();
    assertThat(southAfrica).isNotNull();
    assertThat(southAfrica.path("names").path("fr").asText()).isEqualTo("Afrique du Sud");
    assertThat(southAfrica.path("names").path("zh").asText()).isEqualTo("南非");
    assertThat(southAfrica.path("documents").asLong()).isEqualTo(expected);
    assertThat(ok("/api/v1/countries/ZAF").path("total").asLong()).isEqualTo(expected);
    assertThat(ok("/api/v1/countries/" + UrlPaths.encode("Afrique du Sud")).path("total").asLong())
        .isEqualTo(expected);
    HttpResponse<String> unknown = server.get("/api/v1/countries/Atlantis");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).path("parameter").asText()).isEqualTo("country");
  }

  @Test
  void badParametersAreNamedWithTheFormExpected() {
    HttpResponse<String> syntax = server.get("/api/v1/search?q=" + encoded("rights AND (council"));
    assertThat(syntax.statusCode()).isEqualTo(400);
    JsonNode problem = json(syntax);
    assertThat(problem.path("parameter").asText()).isEqualTo("q");
    assertThat(problem.path("column").asInt()).isEqualTo(12);
    HttpResponse<String> size = server.get("/api/v1/search?q=x&pageSize=5000");
    assertThat(json(size).path("detail").asText())
        .isEqualTo("pageSize: expected a whole number from 1 to 1000, got '5000'");
    HttpResponse<String> sort = server.get("/api/v1/search?sort=random");
    assertThat(json(sort).path("detail").asText())
        .isEqualTo("sort: expected one of relevance, newest, oldest, got 'random'");
    HttpResponse<String> filter = server.get("/api/v1/search?filter=colour:red");
    assertThat(json(filter).path("parameter").asText()).isEqualTo("filter");
    HttpResponse<String> cursor = server.get("/api/v1/search?cursor=not-a-cursor");
    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(json(cursor).path("parameter").asText()).isEqualTo("cursor");
    for (HttpResponse<String> each : List.of(syntax, size, sort, filter, cursor)) {
      assertThat(each.body()).doesNotContain("Exception").doesNotContain("org.dossier");
    }
  }

  @Test
  void conditionalGetsAnswer304WhileTheETagHolds() {
    String path = "/api/v1/documents/" + corrigendum().symbol();
    HttpResponse<String> first = server.get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(server.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(server.get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    // No date validator: a date of change would move with documents the reader cannot see.
    assertThat(first.headers().firstValue("Last-Modified")).isEmpty();
    assertThat(server.get(path, "If-Modified-Since", "Mon, 1 Jan 2001 00:00:00 GMT").statusCode())
        .isEqualTo(200);
    HttpResponse<String> head =
        TestServer.send(
            HttpRequest.newBuilder(server.uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("ETag")).hasValue(etag);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void readsAreOpenToEveryOriginAndAdministrationIsNot() {
    HttpResponse<String> read = server.get("/api/v1/bodies", "Origin", "https://example.org");
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    HttpResponse<String> preflight =
        TestServer.send(
            HttpRequest.newBuilder(server.uri("/api/v1/search"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET")
                .build());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValue("GET, HEAD, OPTIONS");
    HttpResponse<String> admin =
        TestServer.send(
            HttpRequest.newBuilder(server.uri("/api/v1/admin/imports"))
                .header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.ofString("{\"paths\":[\"/tmp\"]}"))
                .build());
    assertThat(admin.statusCode()).isEqualTo(401);
    assertThat(admin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void unknownRoutesAreProblemsUnderTheApi() {
    HttpResponse<String> response = server.get("/api/v2/search");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).path("detail").asText())
        .isEqualTo(
            "No API resource at /api/v2/search; the routes are described at /api/openapi.json");
  }

  @Test
  void theApiPageForPeopleListsEveryOperationOfTheDescription() {
    HttpResponse<String> page = server.get("/api");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
    assertThat(page.body())
        .contains("<code>/api/v1/search</code>")
        .contains("<code>/api/v1/versions/{lang}/{symbol}</code>")
        .contains("Search the documents in any of the six languages, one hit per document")
        .contains("facets (query)");
  }

  private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return java.net.http.HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .build()
          .send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
