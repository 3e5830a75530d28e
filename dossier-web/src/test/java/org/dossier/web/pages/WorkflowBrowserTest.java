package org.dossier.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.DemoWorkflow;
import org.dossier.model.Language;
import org.dossier.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The circulation workflow in Chromium, by its five roles, through the pages only: a delegate of
 * France uploads a report, checks the form filled in from it and submits it; the anonymous reader
 * cannot see it; the registrar registers it and sees its symbol; five translators, one per
 * language, each start and upload their version (the generator's other five languages); the
 * registrar issues the six versions and publishes; the delegate is told it was published; the
 * anonymous reader finds it by its title in each of the six languages; the administrator sees the
 * journey in the audit trail.
 */
class WorkflowBrowserTest {
  private static final List<Language> TRANSLATED =
      List.of(Language.AR, Language.ZH, Language.FR, Language.ES, Language.RU);

  private static TestServer server;
  private static Playwright playwright;
  private static Browser browser;
  private static Path screenshots;
  private static GeneratedDocument note;

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    screenshots = Chromium.screenshots();
    server = TestServer.start(4);
    DemoWorkflow.prepare(server.installation());
    for (Language language : TRANSLATED) {
      server
          .installation()
          .accessControl()
          .createAccount(
              Viewer.administrator("admin"),
              translator(language),
              Role.TRANSLATOR,
              null,
              Set.of(language),
              "demo-" + translator(language));
    }
    // Another seed than the served corpus's and the demo's: a document no one has seen yet.
    note = new CorpusGenerator(1945).documents(1).toList().getFirst();
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.close(browser, playwright, server);
  }

  @Test
  void aDocumentGoesFromTheMissionToEveryReaderThroughTheFiveRoles() {
    // The delegate submits.
    Page delegate = signIn("delegate.fra");
    delegate
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Submit a document"))
        .click();
    delegate.locator("#prefill-file").setInputFiles(file(Language.EN));
    delegate.getByText("Read the file").click();
    assertThat(delegate.locator("#submission-session"))
        .hasValue(Integer.toString(note.version(Language.EN).truth().session().number()));
    assertThat(delegate.locator(".prefilled"))
        .containsText(note.version(Language.EN).truth().title().substring(0, 20));
    // The delegate corrects what the mission asks: the Council's 43rd session, item 4.
    delegate.locator("#submission-body").selectOption("HUMAN_RIGHTS_COUNCIL");
    delegate.locator("#submission-session").fill("43");
    delegate.locator("#submission-agenda").fill("4");
    shot(delegate, "workflow-submit-prefilled-en");
    delegate.getByText("Submit for circulation").click();
    assertThat(delegate).hasURL(url("/en/submissions"));
    Locator mine = delegate.locator("table.submissions tbody tr").first();
    assertThat(mine.locator(".state")).hasText("Submitted, waiting for registration");
    String key = mine.locator("a").first().textContent().strip();
    assertThat(key).startsWith("submission:");

    // The anonymous reader gets the page of a document that does not exist.
    Page anonymous = browser.newContext().newPage();
    anonymous.navigate(url("/en/" + key));
    assertThat(anonymous.locator("h1")).hasText("Page not found");

    // The registrar registers it from the queue and lands on its page, symbol in the masthead.
    Page registrar = signIn("registrar");
    registrar
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Registration queue"))
        .click();
    Locator queued =
        registrar.locator(".work-item").filter(new Locator.FilterOptions().setHasText(key));
    shot(registrar, "workflow-queue-en");
    queued.locator("form[id^=register-] button").click();
    assertThat(registrar.locator(".mh-symbol")).hasText(Pattern.compile("A/HRC/43/G/\\d+"));
    String symbol = registrar.locator(".mh-symbol").textContent().strip();
    assertThat(registrar.locator(".doc-state")).hasText("In translation");
    for (Language language : Language.values()) {
      assertThat(anonymousFinds(anonymous, language, symbol)).as("before publication").isFalse();
    }

    // Five translators, one per language, start and upload their version.
    for (Language language : TRANSLATED) {
      Page translator = signIn(translator(language));
      translator.navigate(url("/en/tasks"));
      Locator task = task(translator, symbol, language);
      assertThat(task.locator(".task-status")).hasText("Pending");
      task.getByText("Start the translation").click();
      task = task(translator, symbol, language);
      assertThat(task.locator(".task-status")).hasText("In progress");
      if (language == Language.FR) {
        shot(translator, "workflow-tasks-en");
      }
      task.locator("input[type=file]").setInputFiles(file(language));
      task.getByText("Upload the translation").click();
      assertThat(task(translator, symbol, language).locator(".task-status")).hasText("Done");
      assertThat(
              translator
                  .locator(".work-item")
                  .filter(new Locator.FilterOptions().setHasText(symbol))
                  .locator("tbody tr"))
          .hasCount(1);
      translator.context().close();
    }

    // The registrar issues each version with its date and job number, then publishes.
    registrar.navigate(url("/en/" + symbol));
    int job = 3001;
    for (Language language : Language.values()) {
      Locator row = registrar.locator(".secretariat tr[data-language=" + language.code() + "]");
      row.locator("input[name=job]").fill("GE.20-0" + job++);
      row.locator("button").click();
      assertThat(
              registrar
                  .locator(".secretariat tr[data-language=" + language.code() + "]")
                  .locator(".task-status"))
          .hasText("Issued");
    }
    assertThat(registrar.locator(".doc-state")).hasText("Issued");
    shot(registrar, "workflow-secretariat-en");
    registrar.locator(".secretariat form[id^=publish-] button").click();
    assertThat(registrar.locator(".doc-state")).hasText("Published");

    // The delegate is told, in its own language of work too.
    delegate.navigate(url("/en/submissions"));
    assertThat(delegate.locator("table.submissions tbody tr").first().locator(".state"))
        .hasText("Published");
    assertThat(delegate.locator(".notifications li").first())
        .containsText(symbol + " was published.");
    shot(delegate, "workflow-my-submissions-en");
    delegate.navigate(url("/ar/submissions"));
    assertThat(delegate.locator("html")).hasAttribute("dir", "rtl");
    assertThat(delegate.locator("table.submissions tbody tr").first().locator(".state"))
        .hasText("منشورة");
    assertThat(delegate.locator(".notifications li").first().locator("span[lang=ar]"))
        .hasText("نُشرت الوثيقة \u2068" + symbol + "\u2069.");
    shot(delegate, "workflow-my-submissions-ar");

    // On a phone, the workflow's pages fit the screen's width.
    assertFitsAPhone(delegate, "/en/submit", "/en/submissions", "/ar/submissions");
    assertFitsAPhone(registrar, "/en/" + symbol, "/ar/" + symbol, "/en/queue", "/en/tasks");
    delegate.setViewportSize(390, 844);
    delegate.navigate(url("/ar/submissions"));
    shot(delegate, "workflow-my-submissions-phone-ar");
    delegate.setViewportSize(1280, 900);

    // The anonymous reader finds it by its title in each of the six languages.
    for (Language language : Language.values()) {
      assertThat(anonymousFinds(anonymous, language, symbol)).as(language.code()).isTrue();
    }

    // The administrator sees the journey in the audit trail.
    Page admin = signIn("admin");
    admin
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Audit trail"))
        .click();
    List<String> journey = new ArrayList<>();
    while (true) {
      for (Locator row : admin.locator("table.audit tbody tr").all()) {
        List<String> cells = row.locator("td").allTextContents();
        // A translation's subject is the document and the language: "A/HRC/43/G/5 fr".
        String subject = cells.get(4).split(" ")[0];
        if (subject.equals(symbol) || subject.equals(key)) {
          journey.add(cells.get(2) + " " + cells.get(3));
        }
      }
      Locator next = admin.locator("a[rel=next]");
      if (next.count() == 0) {
        break;
      }
      next.click();
    }
    assertThat(journey)
        .contains(
            "delegate.fra submit", "registrar register", "registrar issue", "registrar publish")
        .contains(
            TRANSLATED.stream()
                .map(language -> translator(language) + " translation.upload")
                .toArray(String[]::new));
    shot(admin, "workflow-audit-en");
  }

  /** Whether an anonymous search for the first words of the title in {@code language} lists it. */
  private boolean anonymousFinds(Page anonymous, Language language, String symbol) {
    String title = note.version(language).truth().title();
    String words =
        language == Language.ZH
            ? title.substring(0, Math.min(8, title.length()))
            : String.join(" ", Arrays.asList(title.split("\\s+")).subList(0, 5));
    String query = "\"" + words.replace("\"", "") + "\"";
    anonymous.navigate(
        url(
            "/"
                + language.code()
                + "/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    return anonymous.locator(".hit .symbol").allTextContents().stream()
        .map(String::strip)
        .anyMatch(symbol::equals);
  }

  private static void assertFitsAPhone(Page page, String... paths) {
    page.setViewportSize(390, 844);
    for (String path : paths) {
      page.navigate(url(path));
      assertThat(
              page.evaluate(
                  "document.documentElement.scrollWidth > document.documentElement.clientWidth"))
          .as(path + " is wider than a phone")
          .isEqualTo(false);
    }
    page.setViewportSize(1280, 900);
  }

  private static Locator task(Page translator, String symbol, Language language) {
    return translator
        .locator(".work-item")
        .filter(new Locator.FilterOptions().setHasText(symbol))
        .locator("tr[data-language=" + language.code() + "]");
  }

  private Page signIn(String account) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page page = context.newPage();
    page.setDefaultTimeout(20_000);
    page.navigate(url("/en/login"));
    page.locator("#name").fill(account);
    page.locator("#password").fill("demo-" + account);
    page.locator("form.login button").click();
    assertThat(page.locator("a.account")).hasText("Account: " + account);
    return page;
  }

  private static FilePayload file(Language language) {
    return new FilePayload(
        note.version(language).fileName(Format.TXT),
        "text/plain",
        note.version(language).render(Format.TXT));
  }

  private static String translator(Language language) {
    return "translator." + language.code().toLowerCase(Locale.ROOT);
  }

  private static String url(String path) {
    return server.uri(path).toString();
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
  }
}
