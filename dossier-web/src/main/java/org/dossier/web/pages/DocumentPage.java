package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.catalogue.CatalogueReader;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.CitationEdge;
import org.dossier.model.Language;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;

/**
 * A document's page, {@code /{lang}/{symbol}} at its canonical spelling (the symbol resolver,
 * registered before the pages, redirects the others here and answers unknown symbols): the masthead
 * as the UN prints it, the metadata, the text of the chosen version ({@code ?version=fr}), the
 * other versions, the side-by-side view of two versions ({@code &with=ar}), family links both ways,
 * citations both ways, downloads and a citation line.
 */
final class DocumentPage implements HttpService {
  private final Library library;
  private final Forms forms;

  DocumentPage(Forms forms) {
    this.library = forms.library();
    this.forms = forms;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/{+symbol}", this::show);
  }

  /** The page of the document with this symbol or key, in the interface language. */
  static String href(Language language, String key) {
    return UrlPaths.encode("/" + language.code() + "/" + key);
  }

  private void show(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    String typed = request.path().pathParameters().get("symbol");
    Optional<CataloguedDocument> found = library.document(typed);
    if (found.isEmpty()) {
      Page page =
          Readers.page(
              library.viewer(),
              request,
              language.get(),
              Messages.of(language.get()).get("error.notFound"));
      List<Views.Link> suggestions = new ArrayList<>();
      for (String symbol : library.similarSymbols(typed, 5)) {
        suggestions.add(new Views.Link(symbol, href(language.get(), symbol)));
      }
      Readers.notFound(response, page, page.t("error.noDocument", typed.strip()), suggestions);
      return;
    }
    CataloguedDocument document = found.get();
    CatalogueReader catalogue = library.catalogue();
    List<CataloguedVersion> versions = catalogue.currentVersions(document.id());
    Page page = Readers.page(library.viewer(), request, language.get(), document.key());
    Optional<Language> asked = Readers.parameter(request, "version").flatMap(Language::fromCode);
    CataloguedVersion shown = chosen(versions, asked, page.language(), document.originalLanguage());
    Optional<CataloguedVersion> compared =
        Readers.parameter(request, "with")
            .flatMap(Language::fromCode)
            .flatMap(with -> version(versions, with))
            .filter(with -> shown != null && with.language() != shown.language());
    String self = href(page.language(), document.key());
    Optional<SideBySide> sideBySide =
        compared.map(with -> SideBySide.of(library, document, shown, with));
    Views.DocumentView view =
        new Views.DocumentView(
            document,
            shown == null ? null : Mastheads.of(shown, document),
            metadata(page, document, shown),
            versionLinks(page, self, document, versions, shown, compared.orElse(null)),
            shown == null ? List.of() : Paragraphs.of(shown),
            sideBySide.map(SideBySide::rows).orElse(List.of()),
            sideBySide.map(SideBySide::bySentence).orElse(false),
            shown == null ? null : shown.language(),
            compared.map(CataloguedVersion::language).orElse(null),
            compareChoices(versions, shown),
            self + (shown == null ? "" : "?version=" + shown.language().code()),
            family(page, document),
            cites(page, document),
            citedBy(page, document),
            shown == null ? List.of() : Downloads.of(page, document, shown),
            shown == null ? "" : citation(page, request, document, shown),
            SecretariatPanel.of(library, page, document),
            forms.csrfToken(request));
    Templates.send(response, Status.OK_200, "document.jte", Map.of("page", page, "doc", view));
  }

  /** The version asked for, else the reader's language, else the original, else any. */
  private static CataloguedVersion chosen(
      List<CataloguedVersion> versions,
      Optional<Language> asked,
      Language reader,
      Language original) {
    return asked
        .flatMap(language -> version(versions, language))
        .or(() -> version(versions, reader))
        .or(() -> Optional.ofNullable(original).flatMap(language -> version(versions, language)))
        .or(() -> versions.stream().min(Comparator.comparing(CataloguedVersion::language)))
        .orElse(null);
  }

  private static Optional<CataloguedVersion> version(
      List<CataloguedVersion> versions, Language language) {
    return versions.stream().filter(v -> v.language() == language).findFirst();
  }

  private static List<Views.Field> metadata(
      Page page, CataloguedDocument document, CataloguedVersion shown) {
    List<Views.Field> fields = new ArrayList<>();
    add(fields, page.t("doc.symbol"), document.symbol());
    if (document.symbols().size() > 1) {
      add(
          fields,
          page.t("doc.otherSymbols"),
          String.join(", ", document.symbols().subList(1, document.symbols().size())));
    }
    add(fields, page.t("doc.organ"), page.bodyName(document.organ()));
    if (document.body() != null && !document.body().equals(document.organ())) {
      add(fields, page.t("doc.body"), page.bodyName(document.body()));
    }
    if (document.sessionNumber() != null) {
      add(fields, page.t("doc.session"), page.number(document.sessionNumber()));
    }
    add(fields, page.t("doc.type"), page.typeName(document.docType()));
    add(fields, page.t("doc.distribution"), page.distributionName(document.distribution()));
    if (shown != null) {
      add(fields, page.t("doc.date"), page.date(shown.issueDate()));
    }
    if (document.originalLanguage() != null) {
      add(fields, page.t("doc.original"), page.languageName(document.originalLanguage()));
    }
    add(fields, page.t("doc.country"), page.countryName(document.country()));
    if (shown != null) {
      add(fields, page.t("doc.jobNumber"), shown.jobNumber());
    }
    return fields;
  }

  private static void add(List<Views.Field> fields, String label, String value) {
    if (value != null && !value.isBlank()) {
      fields.add(new Views.Field(label, value));
    }
  }

  private static List<Views.VersionLink> versionLinks(
      Page page,
      String self,
      CataloguedDocument document,
      List<CataloguedVersion> versions,
      CataloguedVersion shown,
      CataloguedVersion compared) {
    List<Views.VersionLink> links = new ArrayList<>();
    for (Language language : Language.values()) {
      Optional<CataloguedVersion> version = version(versions, language);
      String status =
          version
              .map(v -> v.issueDate() == null ? "" : page.t("doc.issued", page.date(v.issueDate())))
              .orElse(page.t("doc.missing"));
      links.add(
          new Views.VersionLink(
              language,
              Page.autonym(language),
              version.map(v -> self + "?version=" + language.code()).orElse(null),
              status,
              language == document.originalLanguage(),
              shown != null && shown.language() == language
                  || compared != null && compared.language() == language));
    }
    return links;
  }

  private static List<Views.Link> compareChoices(
      List<CataloguedVersion> versions, CataloguedVersion shown) {
    List<Views.Link> choices = new ArrayList<>();
    for (CataloguedVersion version : versions) {
      if (shown != null && version.language() != shown.language()) {
        choices.add(new Views.Link(Page.autonym(version.language()), version.language().code()));
      }
    }
    return choices;
  }

  private List<Views.Relation> family(Page page, CataloguedDocument document) {
    CatalogueReader catalogue = library.catalogue();
    List<Views.Relation> relations = new ArrayList<>();
    if (document.familyBase() != null && document.familyRelation() != null) {
      Optional<CataloguedDocument> base = catalogue.familyBase(document.id());
      relations.add(
          new Views.Relation(
              page.t("relation.of." + document.familyRelation().name()),
              link(page, document.familyBase(), base)));
    }
    for (CataloguedDocument member : catalogue.familyMembers(document.id())) {
      if (member.familyRelation() != null) {
        relations.add(
            new Views.Relation(
                page.t("relation.by." + member.familyRelation().name()),
                link(page, member.key(), Optional.of(member))));
      }
    }
    return relations;
  }

  private List<Views.Link> cites(Page page, CataloguedDocument document) {
    CatalogueReader catalogue = library.catalogue();
    Set<String> seen = new LinkedHashSet<>();
    List<Views.Link> links = new ArrayList<>();
    for (CitationEdge edge : catalogue.cites(document.id())) {
      if (seen.add(edge.citedSymbol())) {
        Optional<CataloguedDocument> cited =
            edge.dangling() ? Optional.empty() : catalogue.document(edge.citedDocumentId());
        links.add(link(page, edge.citedSymbol(), cited));
      }
    }
    return links;
  }

  private List<Views.Link> citedBy(Page page, CataloguedDocument document) {
    CatalogueReader catalogue = library.catalogue();
    Set<Long> seen = new LinkedHashSet<>();
    List<Views.Link> links = new ArrayList<>();
    for (CitationEdge edge : catalogue.citedBy(document.id())) {
      if (seen.add(edge.citingDocumentId())) {
        catalogue
            .document(edge.citingDocumentId())
            .ifPresent(citing -> links.add(link(page, citing.key(), Optional.of(citing))));
      }
    }
    return links;
  }

  /** A link to a catalogued document, or its symbol marked "not in the catalogue". */
  private static Views.Link link(Page page, String symbol, Optional<CataloguedDocument> document) {
    return document
        .map(found -> new Views.Link(found.key(), href(page.language(), found.key())))
        .orElse(new Views.Link(symbol + " (" + page.t("doc.notCatalogued") + ")", null));
  }

  /** The line to copy: organization, body, title, symbol, date and address. */
  private static String citation(
      Page page, ServerRequest request, CataloguedDocument document, CataloguedVersion shown) {
    StringBuilder line = new StringBuilder(Messages.of(shown.language()).get("un"));
    if (document.body() != null) {
      line.append(", ").append(page.in(shown.language()).bodyName(document.body()));
    }
    line.append(". ");
    if (shown.title() != null) {
      line.append(shown.title()).append(". ");
    }
    line.append(document.key());
    if (shown.issueDate() != null) {
      line.append(", ").append(page.in(shown.language()).date(shown.issueDate()));
    }
    line.append(". ")
        .append(Readers.origin(request))
        .append(href(shown.language(), document.key()));
    return line.toString();
  }
}
