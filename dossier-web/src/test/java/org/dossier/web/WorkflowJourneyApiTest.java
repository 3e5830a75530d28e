package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.access.AccessControl.TokenScope;
import org.dossier.access.Role;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The circulation journey through the HTTP API, each step by the role that takes it with its own
 * WRITE token: Belarus's delegate has its note verbale read and submits it in English; the
 * registrar registers it; five translators, each scoped to one language, start their task and
 * upload their version; the registrar issues the six versions and publishes. An anonymous search in
 * each language finds the document only then, and the delegate's feed tells each step. Then the
 * registrar circulates a corrigendum in one step, and returns a second submission with a reason.
 *
 * <p>The files are the corpus generator's six renderings of a note verbale of Belarus (seed 7, its
 * fifth document), not in the served corpus; the words searched and the symbol expected are written
 * here by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowJourneyApiTest {
  /** A word of each version's title (the mission's name as each version prints it). */
  private static final Map<Language, String> TITLE_WORDS =
      Map.of(
          Language.EN, "Belarus",
          Language.FR, "Bélarus",
          Language.ES, "Belarús",
          Language.RU, "Беларуси",
          Language.ZH, "白俄罗斯",
          Language.AR, "لبيلاروس");

  private static final String SYMBOL = "A/HRC/37/G/1";

  private TestServer server;
  private Writers writers;
  private GeneratedDocument note;
  private String delegate;
  private String registrar;
  private final Map<Language, String> translators = new LinkedHashMap<>();

  @BeforeAll
  void start() {
    server = TestServer.start(2);
    writers = new Writers(server);
    note = new CorpusGenerator(7).documents(5).toList().get(4);
    delegate = writers.account("delegate.blr", Role.DELEGATE, "BLR", Set.of(), TokenScope.WRITE);
    registrar = writers.account("registrar", Role.REGISTRAR, null, Set.of(), TokenScope.WRITE);
    for (Language language :
        List.of(Language.AR, Language.ZH, Language.FR, Language.ES, Language.RU)) {
      translators.put(
          language,
          writers.account(
              "translator." + language.code(),
              Role.TRANSLATOR,
              null,
              Set.of(language),
              TokenScope.WRITE));
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  @Order(1)
  void aMissionsNoteGoesFromSubmissionToPublicationAndIsFoundInEachLanguageOnlyThen() {
    TITLE_WORDS.forEach((language, word) ->
        assertThat(anonymousSearch(language, word)).as("before submission, " + word).isZero());

    // The delegate has its English file read, then submits it.
    HttpResponse<String> prefill =
        writers.postMultipart(
            "/api/v1/submissions/prefill",
            delegate,
            new Multipart().file("file", fileName(Language.EN), file(Language.EN)));
    assertThat(prefill.statusCode()).as(prefill.body()).isEqualTo(200);
    JsonNode read = Writers.json(prefill).path("record");
    assertThat(read.path("language").asText()).isEqualTo("en");
    assertThat(read.path("title").asText())
        .contains("Note verbale dated 5 March 2018 from the Permanent Mission of Belarus");

    HttpResponse<String> submitted =
        writers.postMultipart(
            "/api/v1/submissions",
            delegate,
            new Multipart()
                .field("body", "HRC")
                .field("session", "37")
                .field("agendaItem", "4")
                .field("docType", "note-verbale")
                .field("distribution", "general")
                .file("file", fileName(Language.EN), file(Language.EN)));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    JsonNode submission = Writers.json(submitted);
    long id = submission.path("id").asLong();
    assertThat(submission.path("state").asText()).isEqualTo("SUBMITTED");
    assertThat(submission.path("mission").asText()).isEqualTo("BLR");
    String location = submitted.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/api/v1/documents/submission:" + id);
    assertThat(writers.get(location, delegate).statusCode()).isEqualTo(200);
    assertThat(server.get(location).statusCode()).as("hidden from the public").isEqualTo(404);
    assertThat(mySubmissionState(delegate, id)).isEqualTo("SUBMITTED");

    // The registrar finds it in the queue and registers it.
    JsonNode queue = Writers.json(writers.get("/api/v1/queue", registrar)).path("documents");
    assertThat(queue.findValuesAsText("key")).contains("submission:" + id);
    HttpResponse<String> registered =
        writers.postJson(
            "/api/v1/documents/submission:" + id + "/registration",
            registrar,
            "{\"mastheadDate\": \"2018-03-05\", \"originalLanguage\": \"en\","
                + " \"distribution\": \"general\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    assertThat(Writers.json(registered).path("symbol").asText()).isEqualTo(SYMBOL);
    assertThat(Writers.json(registered).path("state").asText()).isEqualTo("IN_TRANSLATION");
    assertThat(registered.headers().firstValue("Location")).hasValue("/api/v1/documents/" + SYMBOL);
    assertThat(statuses(writers.get("/api/v1/documents/" + SYMBOL + "/tasks", registrar)))
        .isEqualTo("ar=pending en=done es=pending fr=pending ru=pending zh=pending");

    // Each translator takes up its language and uploads its version; by symbol or by id.
    int turn = 0;
    for (Map.Entry<Language, String> translator : translators.entrySet()) {
      String code = translator.getKey().code();
      String document = turn++ % 2 == 0 ? SYMBOL : Long.toString(id);
      HttpResponse<String> started =
          writers.postJson(
              "/api/v1/documents/" + document + "/tasks/" + code + "/start",
              translator.getValue(),
              "");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      assertThat(statuses(started)).contains(code + "=in-progress");
      HttpResponse<String> uploaded =
          writers.postMultipart(
              "/api/v1/documents/" + document + "/translations",
              translator.getValue(),
              new Multipart()
                  .file("file", fileName(translator.getKey()), file(translator.getKey())));
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
      assertThat(statuses(uploaded)).contains(code + "=done");
    }
    assertThat(mySubmissionState(delegate, id)).isEqualTo("REGISTERED");

    // The registrar issues every version, then publishes.
    int job = 3701;
    for (Language language : Language.values()) {
      HttpResponse<String> issued =
          writers.postJson(
              "/api/v1/documents/" + SYMBOL + "/versions/" + language.code() + "/issue",
              registrar,
              "{\"date\": \"2018-03-05\", \"jobNumber\": \"GE.18-0" + job++ + "\"}");
      assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    }
    assertThat(mySubmissionState(delegate, id)).isEqualTo("ISSUED");
    TITLE_WORDS.forEach((language, word) ->
        assertThat(anonymousSearch(language, word)).as("issued, not published: " + word).isZero());

    HttpResponse<String> published =
        writers.postJson("/api/v1/documents/" + SYMBOL + "/publish", registrar, "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Writers.json(published).path("state").asText()).isEqualTo("PUBLISHED");

    TITLE_WORDS.forEach((language, word) ->
        assertThat(anonymousSearch(language, word)).as("published: " + word).isOne());
    assertThat(mySubmissionState(delegate, id)).isEqualTo("PUBLISHED");

    HttpResponse<String> feed =
        writers.get("/api/v1/notifications.atom", writers.token("delegate.blr", TokenScope.READ));
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(titles(feed.body()))
        .containsExactly(
            SYMBOL + " was published.",
            SYMBOL + ": every language version is issued.",
            "submission:" + id + " was registered as " + SYMBOL + ".",
            "Submission submission:" + id + " received; it waits for registration.");
    String token = writers.token("delegate.blr", TokenScope.READ);
    assertThat(titles(writers.get("/api/v1/notifications.atom?lang=fr", token).body()))
        .as("the feed in the reader's language")
        .containsExactly(
            "Le document " + SYMBOL + " a été publié.",
            "Le document " + SYMBOL + " a paru dans toutes ses versions linguistiques.",
            "Le document submission:" + id + " a été enregistré sous la cote " + SYMBOL + ".",
            "Soumission submission:" + id + " reçue ; elle attend son enregistrement.");
    assertThat(writers.get("/api/v1/notifications.atom?lang=fr", token).body())
        .contains("<title xml:lang=\"fr\">");

    JsonNode told = Writers.json(writers.get("/api/v1/notifications?lang=ru", token));
    JsonNode registration = told.path("notifications").get(1);
    assertThat(registration.path("kind").asText()).isEqualTo("REGISTERED");
    assertThat(registration.path("key").asText()).isEqualTo("submission:" + id);
    assertThat(registration.path("symbol").asText()).isEqualTo(SYMBOL);
    assertThat(registration.path("documentId").asLong()).isEqualTo(id);
    assertThat(registration.path("language").asText()).isEqualTo("ru");
    assertThat(registration.path("text").asText())
        .isEqualTo(
            "Документ submission:"
                + id
                + " зарегистрирован под условным обозначением "
                + SYMBOL
                + ".");
    assertThat(told.path("notifications").get(0).path("symbol").isNull()).isTrue();
    assertThat(told.path("nextAfter").isNull()).isTrue();
    JsonNode page = Writers.json(writers.get("/api/v1/notifications?pageSize=1&after=0", token));
    assertThat(page.path("notifications")).hasSize(1);
    assertThat(page.path("notifications").get(0).path("text").asText())
        .as("English without ?lang= nor Accept-Language")
        .isEqualTo("Submission submission:" + id + " received; it waits for registration.");
    String after = page.path("nextAfter").asText();
    assertThat(
            Writers.json(writers.get("/api/v1/notifications?after=" + after, token))
                .path("notifications"))
        .hasSize(3);
  }

  @Test
  @Order(2)
  void theRegistrarCirculatesACorrigendumOfThePublishedNoteInOneStep() {
    HttpResponse<String> corrected =
        writers.postMultipart(
            "/api/v1/documents/" + SYMBOL + "/related",
            registrar,
            new Multipart()
                .field("series", "corrigendum")
                .field("mastheadDate", "2018-03-20")
                .field("originalLanguage", "en")
                .file("file", fileName(Language.EN), file(Language.EN)));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    JsonNode corrigendum = Writers.json(corrected);
    assertThat(corrigendum.path("symbol").asText()).isEqualTo(SYMBOL + "/Corr.1");
    assertThat(corrigendum.path("state").asText()).isEqualTo("IN_TRANSLATION");
    assertThat(corrigendum.path("mission").asText()).isEqualTo("BLR");
    assertThat(corrected.headers().firstValue("Location"))
        .hasValue("/api/v1/documents/" + SYMBOL + "/Corr.1");
    assertThat(mySubmissionState(delegate, corrigendum.path("id").asLong()))
        .isEqualTo("IN_TRANSLATION");
  }

  @Test
  @Order(3)
  void aReturnedSubmissionShowsTheRegistrarsReasonToItsMission() {
    HttpResponse<String> submitted =
        writers.postMultipart(
            "/api/v1/submissions",
            delegate,
            new Multipart()
                .field("session", "37")
                .file("file", fileName(Language.FR), file(Language.FR)));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    long id = Writers.json(submitted).path("id").asLong();

    HttpResponse<String> returned =
        writers.postJson(
            "/api/v1/documents/" + id + "/return",
            registrar,
            "{\"reason\": \"Already circulated as A/HRC/37/G/1\"}");

    assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
    assertThat(Writers.json(returned).path("state").asText()).isEqualTo("RETURNED");
    JsonNode mine = Writers.json(writers.get("/api/v1/submissions?pageSize=1", delegate));
    assertThat(mine.path("submissions").get(0).path("returnReason").asText())
        .isEqualTo("Already circulated as A/HRC/37/G/1");
    assertThat(mine.path("nextBefore").asText()).isEqualTo(Long.toString(id));
    HttpResponse<String> again =
        writers.postJson(
            "/api/v1/documents/" + id + "/return", registrar, "{\"reason\": \"twice\"}");
    assertThat(again.statusCode()).as("a step the state does not allow").isEqualTo(409);
  }

  /**
   * How many documents an anonymous search finds for {@code word} among {@code language} versions.
   */
  private long anonymousSearch(Language language, String word) {
    HttpResponse<String> answer =
        server.get(
            "/api/v1/search?lang="
                + language.code()
                + "&q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode result = Writers.json(answer);
    for (JsonNode hit : result.path("hits")) {
      assertThat(hit.path("symbol").asText()).isEqualTo(SYMBOL);
    }
    return result.path("total").asLong();
  }

  private String mySubmissionState(String token, long id) {
    for (JsonNode each :
        Writers.json(writers.get("/api/v1/submissions", token)).path("submissions")) {
      if (each.path("id").asLong() == id) {
        return each.path("state").asText();
      }
    }
    return "(not listed)";
  }

  private static String statuses(HttpResponse<String> tasks) {
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    List<String> each = new ArrayList<>();
    for (JsonNode task : Writers.json(tasks).path("tasks")) {
      each.add(task.path("language").asText() + "=" + task.path("status").asText());
    }
    return String.join(" ", each);
  }

  private static List<String> titles(String atom) {
    List<String> titles = new ArrayList<>();
    java.util.regex.Matcher entry =
        java.util.regex.Pattern.compile("<entry><id>[^<]*</id><title[^>]*>([^<]*)</title>")
            .matcher(atom);
    while (entry.find()) {
      titles.add(entry.group(1));
    }
    return titles;
  }

  /** Each language in a format of its own, as missions and translators send them. */
  private static Format format(Language language) {
    return switch (language) {
      case EN, ZH -> Format.DOCX;
      case FR, AR -> Format.HTML;
      case ES -> Format.MARKDOWN;
      case RU -> Format.TXT;
    };
  }

  private String fileName(Language language) {
    return version(language).fileName(format(language));
  }

  private byte[] file(Language language) {
    return version(language).render(format(language));
  }

  private GeneratedVersion version(Language language) {
    return note.version(language);
  }
}
