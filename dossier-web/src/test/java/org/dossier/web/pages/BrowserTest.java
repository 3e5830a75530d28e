package org.dossier.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.align.Alignment;
import org.dossier.align.Bead;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.installation.ImportListener;
import org.dossier.model.Language;
import org.dossier.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reading room in a real browser: Debian's Chromium driven by Playwright (stack.md §1), over a
 * real server. The main journeys, the symbol resolver, an Arabic page laid out right to left and
 * Chinese text drawn with a CJK font; screenshots of the main pages go to {@code
 * target/screenshots} (or {@code -Ddossier.screenshots=DIR}: {@code docs/screenshots} is made so).
 */
class BrowserTest {
  private static TestServer server;
  private static Playwright playwright;
  private static Browser browser;
  private static Path screenshots;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    screenshots = Chromium.screenshots();
    server = TestServer.start(12);
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() throws Exception {
    Chromium.close(browser, playwright, server);
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page = context.newPage();
    page.setDefaultTimeout(15_000);
  }

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void searchThenFacetThenDocumentThenLanguageThenSideBySide() {
    page.navigate(url("/en/"));
    shot("home-en");
    page.getByLabel("Search the documents").fill("rights");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Search"))
        .click();
    assertThat(page.locator(".total")).containsText("Documents found:");
    assertThat(page.locator(".hit mark").first()).isVisible();
    shot("search-en");

    Locator bodyFacet =
        page.locator(".facet").filter(new Locator.FilterOptions().setHasText("Body"));
    String council = "Human Rights Council";
    bodyFacet.getByText(council).click();
    assertThat(page).hasURL(Pattern.compile("filter=body%3AHRC"));
    assertThat(page.locator(".active-filters")).containsText("Body: " + council);

    page.locator(".hit h3 a").first().click();
    assertThat(page.locator(".masthead")).isVisible();
    assertThat(page.locator(".masthead")).hasAttribute("lang", "en");
    assertThat(page.locator(".mh-organ")).hasText("General Assembly");

    page.locator("nav.languages a[hreflang=fr]").click();
    assertThat(page.locator("html")).hasAttribute("lang", "fr");
    assertThat(page.locator(".masthead")).hasAttribute("lang", "fr");
    assertThat(page.locator(".mh-organ")).hasText("Assemblée générale");
    assertThat(page.locator(".mh-dist")).containsText("Distr. générale");
    shot("document-fr");

    page.locator("#with").selectOption("ar");
    page.getByText("Afficher côte à côte").click();
    assertThat(page.locator("table.parallel")).isVisible();
    Locator arabicCells = page.locator("table.parallel td[lang=ar][dir=rtl]");
    assertThat(arabicCells.first()).isVisible();
    assertThat(page.locator("table.parallel td[lang=fr][dir=ltr]").first()).isVisible();
    shot("side-by-side-fr-ar");
  }

  @Test
  void aSymbolInAnySpellingLeadsToItsPage() {
    String symbol = firstSymbol();
    page.navigate(url("/en/" + symbol.toLowerCase(java.util.Locale.ROOT)));
    assertThat(page).hasURL(url("/en/" + symbol));
    assertThat(page.locator(".mh-symbol")).hasText(symbol);

    page.navigate(url("/en/" + symbol.replace('/', '_')));
    assertThat(page).hasURL(url("/en/" + symbol));

    page.navigate(url("/fr/A/HRC/99/G/999"));
    assertThat(page.locator("h1")).hasText("Page introuvable");
    assertThat(page.locator("main")).containsText("Aucun document ne porte la cote A/HRC/99/G/999");
  }

  @Test
  void sideBySideRowsAreTheAlignmentsBeadsAndAFocusedRowHighlightsBothSides() throws IOException {
    CataloguedDocument document = withASentenceTheFrenchSplitsInTwo();
    // The alignment the installation keeps (the aligner's own tests judge it); the page must lay
    // its beads out as rows, the sentence split in two by the translator in one row.
    Alignment alignment = server.installation().alignments().of(document, Language.EN, Language.FR);
    int split = alignment.beads().size() - 1;
    Bead bead = alignment.beads().get(split);
    assertThat(alignment.source().get(bead.source().getFirst()).text()).isEqualTo(ENGLISH_SENTENCE);
    assertThat(bead.target()).hasSize(2);

    page.navigate(url(DocumentPage.href(Language.EN, document.key()) + "?with=fr"));
    assertThat(page.locator("table.parallel")).hasAttribute("data-aligned", "sentences");
    Locator rows = page.locator("table.parallel tbody tr");
    assertThat(rows).hasCount(alignment.beads().size());
    Locator english = rows.nth(split).locator("td[lang=en][dir=ltr] .segment");
    Locator french = rows.nth(split).locator("td[lang=fr][dir=ltr] .segment");
    assertThat(english).hasCount(1);
    assertThat(english).hasText(ENGLISH_SENTENCE);
    assertThat(french).hasCount(2);
    assertThat(french.last()).hasText(FRENCH_SENTENCES.get(1));

    Pattern counterpart = Pattern.compile("\\bcounterpart\\b");
    english.hover();
    assertThat(french.first()).hasClass(counterpart);
    assertThat(french.last()).hasClass(counterpart);
    assertThat(page.locator(".segment.counterpart")).hasCount(2);
    page.mouse().move(0, 0);
    assertThat(page.locator(".segment.counterpart")).hasCount(0);

    // Read as one text: the French sentences one space apart.
    assertThat(rows.nth(split).locator("td[lang=fr]")).hasText(String.join(" ", FRENCH_SENTENCES));

    // One tab stop a row, not a sentence: focusing the row marks the sentences of both sides.
    assertThat(page.locator("table.parallel [tabindex]:not(tr)")).hasCount(0);
    assertThat(rows.nth(split)).hasAttribute("tabindex", "0");
    rows.nth(split).focus();
    assertThat(english).hasClass(counterpart);
    assertThat(french.first()).hasClass(counterpart);
    assertThat(french.last()).hasClass(counterpart);
    assertThat(page.locator(".segment.counterpart")).hasCount(3);
    page.keyboard().press("Shift+Tab");
    assertThat(rows.nth(split - 1)).isFocused();
    assertThat(english).not().hasClass(counterpart);
    assertThat(rows.nth(split - 1).locator(".segment").first()).hasClass(counterpart);
    rows.nth(split).focus();
    english.scrollIntoViewIfNeeded();
    shot("side-by-side-en-fr");
  }

  @Test
  void sideBySideWithArabicRunsItsSideRightToLeftAndHighlightsByKeyboard() {
    page.navigate(url("/ar/" + firstSymbol() + "?with=en"));
    assertThat(page.locator("table.parallel")).hasAttribute("data-aligned", "sentences");
    Locator row =
        page.locator("table.parallel tbody tr")
            .filter(new Locator.FilterOptions().setHas(page.locator("td[lang=en] .segment")))
            .nth(1);
    assertThat(row.locator("td[lang=ar][dir=rtl] .segment").first()).isVisible();
    row.focus();
    assertThat(row.locator("td[lang=en][dir=ltr] .segment").first())
        .hasClass(Pattern.compile("\\bcounterpart\\b"));
    Object direction =
        page.evaluate("getComputedStyle(document.querySelector('td[lang=ar]')).direction");
    assertThat(direction).isEqualTo("rtl");
  }

  private static final String ENGLISH_SENTENCE =
      "The Council decides to remain seized of the matter and requests the Secretary-General to"
          + " report on the implementation of the present resolution at its next session.";
  private static final List<String> FRENCH_SENTENCES =
      List.of(
          "Le Conseil décide de rester saisi de la question.",
          "Il prie le Secrétaire général de lui faire rapport sur l'application de la présente"
              + " résolution à sa prochaine session.");

  /**
   * A served document with a new English and French revision ending in a sentence the French
   * translates as two, as translators do.
   */
  private static CataloguedDocument withASentenceTheFrenchSplitsInTwo() throws IOException {
    GeneratedDocument generated =
        server.truth().stream()
            .filter(document ->
                document.versions().stream().allMatch(v -> v.text().contains(document.symbol())))
            .findFirst()
            .orElseThrow();
    Path revisions = Files.createDirectories(server.corpus().resolveSibling("revisions"));
    Map<Language, String> endings =
        Map.of(Language.EN, ENGLISH_SENTENCE, Language.FR, String.join(" ", FRENCH_SENTENCES));
    for (Map.Entry<Language, String> ending : endings.entrySet()) {
      GeneratedVersion version = generated.version(ending.getKey());
      Files.writeString(
          revisions.resolve(version.fileName(Format.TXT)),
          new String(version.render(Format.TXT), version.textCharset())
              + "\n\n"
              + ending.getValue()
              + "\n",
          StandardCharsets.UTF_8);
    }
    server.installation().importFiles(List.of(revisions), ImportListener.SILENT);
    return server.installation().catalogue().find(generated.symbol()).orElseThrow();
  }

  @Test
  void anArabicPageRunsRightToLeft() {
    page.navigate(url("/ar/" + firstSymbol()));
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    Object direction = page.evaluate("getComputedStyle(document.querySelector('main')).direction");
    assertThat(direction).isEqualTo("rtl");
    // The brand starts on the right, the version list sits left of the text.
    double width = page.viewportSize().width;
    assertThat(page.locator(".brand").boundingBox().x).isGreaterThan(width / 2);
    assertThat(page.locator(".doc-side").boundingBox().x)
        .isLessThan(page.locator(".doc-main").boundingBox().x);
    assertThat(page.locator(".mh-org")).containsText("الأمم المتحدة");
    shot("document-ar");
  }

  @Test
  void chineseTextIsDrawnWithACjkFont() {
    page.navigate(url("/zh/" + firstSymbol()));
    assertThat(page.locator(".masthead")).hasAttribute("lang", "zh");
    assertThat(page.locator(".mh-org")).containsText("联合国");
    List<String> fonts = platformFonts(".mh-org");
    assertThat(fonts).anySatisfy(font -> assertThat(font).contains("CJK"));
    shot("document-zh");
  }

  @Test
  void browsingGoesFromBodiesToAgendaItemsInTheReadersLanguage() {
    page.navigate(url("/fr/browse"));
    page.getByText("Conseil des droits de l'homme").click();
    page.locator("ul.entries a").first().click();
    assertThat(page.locator("h1")).containsText("session");
    assertThat(page.locator(".entry-title").first()).hasAttribute("lang", "fr");
    shot("browse-session-fr");
    page.locator("ul.entries a").first().click();
    assertThat(page.locator("h1")).containsText("de l'ordre du jour");
  }

  @Test
  void onAPhoneThePagesFitTheScreen() {
    BrowserContext phone =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2));
    Page small = phone.newPage();
    small.navigate(url("/en/search?q=rights"));
    assertThat(overflow(small)).isFalse();
    small.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("search-phone.png")));
    small.navigate(url("/en/" + firstSymbol() + "?version=en&with=ru"));
    assertThat(overflow(small)).isFalse();
    Locator stacked =
        small
            .locator("table.parallel tbody tr")
            .filter(new Locator.FilterOptions().setHas(small.locator("td[lang=ru] .segment")))
            .first();
    stacked.focus();
    assertThat(stacked.locator("td[lang=ru] .segment.counterpart").first()).isInViewport();
    small.screenshot(
        new Page.ScreenshotOptions().setPath(screenshots.resolve("side-by-side-phone.png")));
    phone.close();
  }

  @Test
  void anArabicSearchPutsItsFiltersOnTheRight() {
    page.navigate(url("/ar/search?q=body:HRC"));
    assertThat(page.locator(".total")).containsText("عدد الوثائق");
    assertThat(page.locator(".facets").boundingBox().x)
        .isGreaterThan(page.locator(".results").boundingBox().x);
    shot("search-ar");
  }

  @Test
  void theRegistrarsListNamesWhyEachDocumentWaits() {
    page.navigate(url("/en/provisional"));
    assertThat(page.locator("h1")).hasText("Documents waiting for a symbol");
    shot("provisional-en");
  }

  @Test
  void theSkipLinkAndTheSearchBoxAreReachedByKeyboard() {
    page.navigate(url("/en/"));
    page.keyboard().press("Tab");
    assertThat(page.locator(".skip")).isFocused();
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile("#main$"));
  }

  private static boolean overflow(Page small) {
    return (Boolean)
        small.evaluate(
            "document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  /** The symbol of the first document a search for everything lists, in the General Assembly. */
  private String firstSymbol() {
    Page probe = context.newPage();
    probe.navigate(url("/en/search?q=body:GA"));
    String symbol = probe.locator(".hit .symbol").first().textContent().strip();
    probe.close();
    return symbol;
  }

  /** The fonts Chromium drew a node's text with (DevTools' CSS.getPlatformFontsForNode). */
  private List<String> platformFonts(String selector) {
    CDPSession cdp = context.newCDPSession(page);
    cdp.send("DOM.enable");
    cdp.send("CSS.enable");
    int root = cdp.send("DOM.getDocument").getAsJsonObject("root").get("nodeId").getAsInt();
    JsonObject query = new JsonObject();
    query.addProperty("nodeId", root);
    query.addProperty("selector", selector);
    int node = cdp.send("DOM.querySelector", query).get("nodeId").getAsInt();
    JsonObject args = new JsonObject();
    args.addProperty("nodeId", node);
    JsonArray fonts = cdp.send("CSS.getPlatformFontsForNode", args).getAsJsonArray("fonts");
    List<String> names = new ArrayList<>();
    fonts.forEach(font -> names.add(font.getAsJsonObject().get("familyName").getAsString()));
    return names;
  }

  private String url(String path) {
    return server.uri(path).toString();
  }

  private void shot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(screenshots.resolve(name + ".png"))
            .setFullPage(false));
  }
}
