package org.dossier.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.util.ArrayList;
import java.util.List;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.installation.DemoWorkflow;
import org.dossier.model.Language;
import org.dossier.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accessibility audit: Deque's axe-core, run in Chromium on every kind of page the reading room
 * and the workflow serve, against the WCAG 2.0 and 2.1 rules of levels A and AA and axe's best
 * practices, in the six languages for the main pages and as each of the demo's roles. A page passes
 * with no violation at all; a failure lists each one with its rule, the elements it found and the
 * page. One server and one browser for the whole audit.
 */
class AccessibilityTest {
  /**
   * The rules run: WCAG 2.0 and 2.1 at levels A and AA as axe-core tags them, and axe's best
   * practices (landmarks, heading order, a page's one main heading), which no level requires but a
   * screen reader's user navigates by.
   */
  private static final List<String> RULES =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  private static TestServer server;
  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    server = TestServer.start(6);
    DemoWorkflow.prepare(server.installation());
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.close(browser, playwright, server);
  }

  @Test
  void theReadingRoomsPagesHaveNoViolationInAnyLanguage() {
    List<String> violations = new ArrayList<>();
    try (BrowserContext context = browser.newContext(desktop())) {
      Page page = context.newPage();
      page.setDefaultTimeout(15_000);
      page.navigate(url("/en/search?q=rights"));
      String symbol = page.locator(".hit .symbol").first().textContent().strip();
      for (Language language : Language.values()) {
        String lang = language.code();
        audit(page, "/" + lang + "/", violations);
        audit(page, "/" + lang + "/search?q=rights", violations);
        assertThat(page.locator(".facet").first()).isVisible();
        audit(page, "/" + lang + "/" + symbol, violations);
      }
      audit(page, "/en/search?q=rights&filter=body:HRC&sort=newest", violations);
      audit(page, "/en/search?q=%22unclosed+(rights", violations);
      assertThat(page.locator("main")).containsText("column");
      audit(page, "/en/search?q=zzzqqqxxx", violations);
      audit(page, "/en/" + symbol + "?version=en&with=ar", violations);
      audit(page, "/ar/" + symbol + "?version=ar&with=zh", violations);
      audit(page, "/en/browse", violations);
      audit(page, hrefOf(page, "main a[href*='body=']"), violations);
      audit(page, hrefOf(page, "main a[href*='session=']"), violations);
      audit(page, hrefOf(page, "main a[href*='item=']"), violations);
      audit(page, "/en/countries", violations);
      audit(page, "/en/countries/AZE", violations);
      audit(page, "/en/provisional", violations);
      audit(page, "/en/no/such/page", violations);
      audit(page, "/ar/A/HRC/99/G/999", violations);
      audit(page, "/api", violations);
      audit(page, "/en/login", violations);
      audit(page, "/ar/login", violations);
      audit(page, "/zh/login", violations);
      page.setViewportSize(390, 844);
      audit(page, "/ar/search?q=rights", violations);
      audit(page, "/en/" + symbol, violations);
    }
    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }

  @Test
  void theWorkflowsPagesHaveNoViolationForAnyRole() {
    List<String> violations = new ArrayList<>();
    GeneratedVersion upload =
        new CorpusGenerator(1945).documents(1).toList().getFirst().version(Language.EN);

    try (BrowserContext context = browser.newContext(desktop())) {
      Page delegate = signIn(context, "delegate.fra");
      audit(delegate, "/en/", violations);
      audit(delegate, "/en/submissions", violations);
      audit(delegate, "/en/submit", violations);
      delegate.locator("form.work-form button").first().click();
      assertThat(delegate.locator("#prefill-file-error")).isVisible();
      audit(delegate, "the step 1 form refused", violations);
      delegate
          .locator("#prefill-file")
          .setInputFiles(
              new FilePayload(
                  upload.fileName(Format.TXT), "text/plain", upload.render(Format.TXT)));
      delegate.locator("#prefill-file").locator("xpath=ancestor::form").locator("button").click();
      assertThat(delegate.locator("#submission-session")).isVisible();
      audit(delegate, "the step 2 form", violations);
      delegate.locator("#submission-session").fill("");
      delegate
          .locator("#submission-session")
          .locator("xpath=ancestor::form")
          .locator("button")
          .click();
      assertThat(delegate.locator(".field-error").first()).isVisible();
      audit(delegate, "the step 2 form refused", violations);
      audit(delegate, "/ar/submissions", violations);
    }
    try (BrowserContext context = browser.newContext(desktop())) {
      Page registrar = signIn(context, "registrar");
      audit(registrar, "/en/queue", violations);
      audit(registrar, "/en/tasks", violations);
      audit(registrar, hrefOf(registrar, ".work-item h2 a"), violations);
      assertThat(registrar.locator(".secretariat")).isVisible();
      audit(registrar, "/ar" + registrar.url().substring(url("/en").length()), violations);
    }
    try (BrowserContext context = browser.newContext(desktop())) {
      Page translator = signIn(context, "translator");
      audit(translator, "/en/tasks", violations);
      audit(translator, "/fr/tasks", violations);
      translator.navigate(url("/en/tasks"));
      translator.getByText("Start the translation").first().click();
      Locator translation = translator.locator("form:has(input[type=file])").first();
      translation
          .locator("input[type=file]")
          .setInputFiles(new FilePayload("empty.txt", "text/plain", new byte[0]));
      translation.locator("button").click();
      assertThat(translator.locator(".field-error").first()).isVisible();
      audit(translator, "a translation refused", violations);
      audit(translator, "/en/queue", violations);
      assertThat(translator.locator("h1")).hasText("Not allowed");
    }
    try (BrowserContext context = browser.newContext(desktop())) {
      Page admin = signIn(context, "admin");
      audit(admin, "/en/audit", violations);
      audit(admin, "/ar/audit", violations);
    }
    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }

  /**
   * Opens {@code where} (a path; anything else names the page already shown) and adds axe's
   * violations there to {@code violations}, one line per rule and element.
   */
  private static void audit(Page page, String where, List<String> violations) {
    if (where.startsWith("/")) {
      page.navigate(url(where));
    }
    String shown = where.startsWith("/") ? where : where + " (" + page.url() + ")";
    // Folded parts (the less common facets, the form replacing a submission's file) are audited
    // unfolded: axe skips what is hidden.
    page.evaluate("document.querySelectorAll('details').forEach(details => details.open = true)");
    AxeResults results = new AxeBuilder(page).withTags(RULES).analyze();
    // A page axe checked nothing on would pass unseen.
    assertThat(results.getPasses()).as("rules axe passed on " + shown).isNotEmpty();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        violations.add(
            rule.getId() + " at " + node.getTarget() + " on " + shown + ": " + rule.getHelp());
      }
    }
    // WCAG 2.0/2.1's 4.1.1 (ids unique), which axe-core no longer checks: a label's for, an
    // aria-describedby or a skip link naming a repeated id points at the wrong element.
    for (Object id : (List<?>) page.evaluate(REPEATED_IDS)) {
      violations.add("duplicate-id at #" + id + " on " + shown + ": ids must be unique");
    }
  }

  private static final String REPEATED_IDS =
      """
      () => {
        const seen = new Set(), repeated = new Set();
        for (const element of document.querySelectorAll('[id]')) {
          (seen.has(element.id) ? repeated : seen).add(element.id);
        }
        return [...repeated];
      }\
      """;

  /** The path of the first link {@code selector} finds on the page shown. */
  private static String hrefOf(Page page, String selector) {
    return page.locator(selector).first().getAttribute("href");
  }

  private static Page signIn(BrowserContext context, String account) {
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    page.navigate(url("/en/login"));
    page.locator("#name").fill(account);
    page.locator("#password").fill("demo-" + account);
    page.locator("form.login button").click();
    assertThat(page.locator("a.account")).hasText("Account: " + account);
    return page;
  }

  private static Browser.NewContextOptions desktop() {
    return new Browser.NewContextOptions().setViewportSize(1280, 900);
  }

  private static String url(String path) {
    return server.uri(path).toString();
  }
}
