package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.installation.ImportListener;
import org.dossier.model.Distribution;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Aligned sentence pairs and TMX from a real server, for documents of the generated corpus. */
class AlignmentsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DTD = Path.of("../../shared/schemas/tmx14.dtd").toAbsolutePath();

  private final TestServer server = TestServer.shared();

  /** A generated document in English and French, whose titles are known parallel text. */
  private final GeneratedDocument document =
      server.truth().stream()
          .filter(d -> d.symbol().startsWith("A/HRC/") && !d.symbol().contains("/Corr."))
          .findFirst()
          .orElseThrow();

  private String path(String tail) {
    return "/api/v1/documents/" + document.symbol() + "/alignments/" + tail;
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  @Test
  void pairsLinkTheTitlesAndCoverEverySentenceOnceInOrder() throws IOException {
    HttpResponse<String> response = server.get(path("en/fr"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode answer = json(response);
    assertThat(answer.path("symbol").asText()).isEqualTo(document.symbol());
    assertThat(answer.path("source").asText()).isEqualTo("en");
    assertThat(answer.path("target").asText()).isEqualTo("fr");

    String englishTitle = document.version(Language.EN).truth().title();
    String frenchTitle = document.version(Language.FR).truth().title();
    boolean titlesPaired = false;
    int nextSource = 0;
    int nextTarget = 0;
    for (JsonNode pair : answer.path("pairs")) {
      String source = text(pair.path("source"));
      String target = text(pair.path("target"));
      titlesPaired |= source.contains(englishTitle) && target.contains(frenchTitle);
      for (JsonNode index : pair.path("source").path("sentenceIndices")) {
        assertThat(index.asInt()).isEqualTo(nextSource++);
      }
      for (JsonNode index : pair.path("target").path("sentenceIndices")) {
        assertThat(index.asInt()).isEqualTo(nextTarget++);
      }
      for (JsonNode sentence : pair.path("source").path("sentences")) {
        assertThat(sentence.path("paragraph").asInt()).isNotNegative();
      }
    }
    assertThat(titlesPaired).as(englishTitle + " ↔ " + frenchTitle).isTrue();
    assertThat(nextSource).isGreaterThan(3);
    assertThat(nextTarget).isGreaterThan(3);
    // Computed once, kept: asked again, the same answer.
    assertThat(server.get(path("en/fr")).body()).isEqualTo(response.body());
  }

  private static String text(JsonNode side) {
    List<String> sentences = new ArrayList<>();
    side.path("sentences").forEach(sentence -> sentences.add(sentence.path("text").asText()));
    return String.join(" ", sentences);
  }

  @Test
  void tmxByItsSuffixOrFormatIsValidTmx14b() throws Exception {
    HttpResponse<String> suffixed = server.get(path("en/fr.tmx"));
    assertThat(suffixed.statusCode()).as(suffixed.body()).isEqualTo(200);
    assertThat(suffixed.headers().firstValue("Content-Type")).hasValue("application/x-tmx+xml");
    assertThat(suffixed.body()).contains("<tuv xml:lang=\"en\">").contains("<tuv xml:lang=\"fr\">");
    assertThat(server.get(path("en/fr?format=tmx")).body()).isEqualTo(suffixed.body());
    assertThat(dtdErrors(suffixed.body())).isEmpty();
  }

  @Test
  void anUnknownDocumentIsA404Problem() throws IOException {
    HttpResponse<String> unknown = server.get("/api/v1/documents/A/HRC/99/999/alignments/en/fr");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json; charset=UTF-8");
    assertThat(json(unknown).path("detail").asText())
        .isEqualTo("No document answers to 'A/HRC/99/999'");
  }

  @Test
  void aLanguageVersionTheDocumentDoesNotHaveIsA404Problem(@TempDir Path directory)
      throws IOException {
    GeneratedDocument englishOnly =
        new CorpusGenerator(9)
            .documents(20)
            .filter(d -> d.version(Language.EN).truth().distribution() == Distribution.GENERAL)
            .findFirst()
            .orElseThrow();
    GeneratedVersion english = englishOnly.version(Language.EN);
    Files.write(directory.resolve(english.fileName(Format.TXT)), english.render(Format.TXT));
    try (TestServer own = TestServer.start(1)) {
      own.installation().importFiles(List.of(directory), ImportListener.SILENT);
      HttpResponse<String> missing =
          own.get("/api/v1/documents/" + englishOnly.symbol() + "/alignments/en/ru");
      assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
      assertThat(json(missing).path("detail").asText())
          .isEqualTo(englishOnly.symbol() + " has no ru version (it has en)");
    }
  }

  @Test
  void aBadLanguageCodeIsA400NamingTheParameter() throws IOException {
    HttpResponse<String> badSource = server.get(path("xx/fr"));
    assertThat(badSource.statusCode()).isEqualTo(400);
    assertThat(json(badSource).path("parameter").asText()).isEqualTo("a");
    assertThat(json(badSource).path("detail").asText())
        .isEqualTo("a: expected one of ar, zh, en, fr, es, ru, got 'xx'");
    HttpResponse<String> badTarget = server.get(path("en/klingon.tmx"));
    assertThat(badTarget.statusCode()).isEqualTo(400);
    assertThat(json(badTarget).path("parameter").asText()).isEqualTo("b");
    HttpResponse<String> same = server.get(path("en/EN"));
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(json(same).path("parameter").asText()).isEqualTo("b");
  }

  private static List<String> dtdErrors(String tmx) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(true);
    List<String> errors = new ArrayList<>();
    DefaultHandler handler =
        new DefaultHandler() {
          @Override
          public InputSource resolveEntity(String publicId, String systemId) throws IOException {
            return new InputSource(Files.newBufferedReader(DTD, StandardCharsets.UTF_8));
          }

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }
        };
    factory.newSAXParser().parse(new InputSource(new StringReader(tmx)), handler);
    return errors;
  }
}
