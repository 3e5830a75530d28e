package org.dossier.web.pages;

import java.util.List;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.model.Language;
import org.dossier.search.Facet;

/** What the templates render: plain values the page services compute from a request. */
public final class Views {
  private Views() {}

  /**
   * A link with its text; {@code lang} is the language of the text when it differs from the page's.
   */
  public record Link(String text, String href) {}

  /** A text in a given language, to render with its own {@code lang} and {@code dir}. */
  public record Text(Language language, String text) {
    public String lang() {
      return language.code();
    }

    public String dir() {
      return Page.dir(language);
    }
  }

  /** The search page: the query, its error if it does not parse, and the page of hits. */
  public record Search(
      String query,
      String sort,
      List<Link> sorts,
      List<Link> activeFilters,
      QueryError error,
      String total,
      List<HitView> hits,
      List<FacetView> facets,
      String nextHref,
      String firstHref) {}

  /** Where the query could not be read: the 1-based column and the problem in English. */
  public record QueryError(int column, String problem, String before, String at) {}

  /** One document found, in the reader's language where it has a version. */
  public record HitView(
      String symbol,
      String href,
      Text title,
      String date,
      List<LanguageLink> languages,
      List<Snippet> snippets) {}

  /** A link named by a language's own name, in that language. */
  public record LanguageLink(Language language, String href) {
    public String name() {
      return Page.autonym(language);
    }

    public String lang() {
      return language.code();
    }

    public String dir() {
      return Page.dir(language);
    }
  }

  /** A highlighted passage; {@code html} is escaped by the index except its {@code <mark>}s. */
  public record Snippet(Language language, String html) {
    public String lang() {
      return language.code();
    }

    public String dir() {
      return Page.dir(language);
    }
  }

  /** A facet's values with counts, each a link that adds or removes its filter. */
  public record FacetView(Facet facet, String name, List<FacetValue> values) {
    /**
     * Whether the facet is unfolded at first: the ones most searches narrow by, and any in use. The
     * others fold to their name, which keeps the results near the top on a phone.
     */
    public boolean open() {
      return facet == Facet.BODY
          || facet == Facet.TYPE
          || facet == Facet.LANGUAGE
          || values.stream().anyMatch(FacetValue::active);
    }
  }

  /** One value of a facet. */
  public record FacetValue(String label, String count, String href, boolean active) {}

  /** A browse page: where it is, what is under it, and the documents found there. */
  public record Listing(
      String heading,
      List<Link> trail,
      List<Entry> entries,
      String documentsHeading,
      List<HitView> documents,
      String nextHref) {}

  /** A body, session, agenda item or State in a list, with a detail (dates, a count). */
  public record Entry(String name, String href, String detail, Text title) {}

  /** A document waiting for a symbol, with why and the documents it may be. */
  public record Waiting(
      Link document, List<LanguageLink> languages, Text note, List<Link> matches) {}

  /** A labelled value of the metadata panel. */
  public record Field(String label, String value) {}

  /** One of the six languages in the versions panel. */
  public record VersionLink(
      Language language,
      String name,
      String href,
      String status,
      boolean original,
      boolean current) {
    public String lang() {
      return language.code();
    }
  }

  /** A family link: how the other document relates to this one, and the other document. */
  public record Relation(String label, Link document) {}

  /**
   * One row of the side-by-side view: a bead of the sentence alignment (the sentences of each side
   * that translate each other, one to two of them usually, none for an insertion), or a paragraph
   * of each side in the fallback.
   */
  public record Row(List<String> left, List<String> right) {}

  /** A masthead in its version's language; {@code null} parts are not printed. */
  public record Masthead(
      Language language,
      String organization,
      String organ,
      String symbol,
      Text distribution,
      Text date,
      Text versionLanguage,
      Text original,
      String body,
      String session,
      String sessionDates,
      String agenda,
      List<String> agendaTitles,
      String title) {
    public String lang() {
      return language.code();
    }

    public String dir() {
      return Page.dir(language);
    }
  }

  /** Everything the document page shows. */
  public record DocumentView(
      CataloguedDocument document,
      Masthead masthead,
      List<Field> metadata,
      List<VersionLink> versions,
      List<String> paragraphs,
      List<Row> rows,
      boolean bySentence,
      Language shown,
      Language compared,
      List<Link> compareChoices,
      String versionHref,
      List<Relation> family,
      List<Link> cites,
      List<Link> citedBy,
      List<Link> downloads,
      String citation,
      Secretariat secretariat,
      String csrf) {
    public String shownLang() {
      return shown == null ? "" : shown.code();
    }

    public String shownDir() {
      return shown == null ? "ltr" : Page.dir(shown);
    }

    public String comparedLang() {
      return compared == null ? "" : compared.code();
    }

    public String comparedDir() {
      return compared == null ? "ltr" : Page.dir(compared);
    }
  }

  /**
   * A form of the workflow, rendered by {@code form.jte}: it posts to {@code action} with the
   * session's CSRF token; {@code error} is what went wrong with the form as a whole, each field
   * carries its own.
   */
  public record Form(
      String id,
      String action,
      String submit,
      boolean multipart,
      List<Input> inputs,
      String error) {}

  /**
   * One field of a form. {@code type} is an HTML input type, or {@code select} (with {@code
   * options}) or {@code textarea}; {@code error} (or {@code null}) is shown next to it.
   */
  public record Input(
      String name,
      String label,
      String type,
      String value,
      List<Option> options,
      boolean required,
      String hint,
      String error) {
    /** The id of the field's element within form {@code form}. */
    public String id(Form form) {
      return form.id() + "-" + name;
    }
  }

  /** A choice of a {@code select}. */
  public record Option(String value, String label, boolean selected) {}

  /**
   * An account in the administrators' list: its role and scope (State or languages) as the page
   * names them, whether it is enabled, and the form that disables or enables it ({@code null} for
   * the administrator's own).
   */
  public record AccountRow(String name, String role, String scope, String state, Form toggle) {}

  /** One of the reader's API tokens, never its secret; {@code revoke} is null once revoked. */
  public record TokenRow(String label, String scope, String created, String state, Form revoke) {}

  /** A token just created, with the secret shown this once. */
  public record NewToken(String label, String scope, String secret) {}

  /** A labelled value shown beside a form (what the understanding module read, a state). */
  public record Fact(String label, Text value) {}

  /** The secretariat's panel of a document page: its state, its versions' tasks, its actions. */
  public record Secretariat(String state, List<VersionTask> versions, List<Form> actions) {}

  /** A language version's task: where it stands, when it was issued, the form that issues it. */
  public record VersionTask(
      Language language, String name, String status, String issued, Form issue) {
    public String lang() {
      return language.code();
    }
  }

  /** A document in a work list: its link, its title in the reader's language if it has one. */
  public record WorkItem(Link document, Text title, List<LanguageLink> languages) {}

  /** A document in the registrar's queue, with the forms that register and return it. */
  public record Queued(WorkItem item, String mission, String state, Form register, Form back) {}

  /** A document in processing with the viewer's translation tasks. */
  public record Work(WorkItem item, String state, List<Task> tasks) {}

  /** One language's translation task and the forms it offers now. */
  public record Task(
      Language language, String name, String status, boolean reference, List<Form> forms) {
    public String lang() {
      return language.code();
    }
  }

  /** One entry of the audit trail as the page shows it. */
  public record AuditRow(
      long seq,
      String at,
      String actor,
      String action,
      String subject,
      String before,
      String after) {}

  /** One of a mission's submissions: where it stands, its symbol once assigned, why returned. */
  public record SubmissionRow(
      WorkItem item,
      String state,
      String stateCode,
      String symbol,
      String submitted,
      String returned) {}

  /**
   * A notification to a mission: when, and what happened in the page's language (in English for one
   * stored before notifications kept their event).
   */
  public record NotificationView(String date, Text message) {}
}
