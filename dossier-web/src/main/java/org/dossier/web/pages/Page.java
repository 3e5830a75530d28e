package org.dossier.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.lang.DateRange;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.search.Facet;

/**
 * What every page knows of its reader: the interface language, its strings, how it writes dates,
 * names and numbers, and where the same page is in the other five languages. The templates take it
 * as their first parameter.
 *
 * @param language the interface language, the first segment of the path
 * @param title the page's title, for {@code <title>} and its {@code <h1>}
 * @param pathAfterLanguage the path after {@code /{lang}}, such as {@code /search}
 * @param query the raw query string, without {@code ?}, or empty
 * @param viewer who reads: the navigation shows what the viewer's role may do
 */
public record Page(
    Language language, String title, String pathAfterLanguage, String query, Viewer viewer) {

  /** This page under another title. */
  public Page titled(String other) {
    return new Page(language, other, pathAfterLanguage, query, viewer);
  }

  /** This page in another interface language (to write a date or a name as that language does). */
  public Page in(Language other) {
    return new Page(other, title, pathAfterLanguage, query, viewer);
  }

  /**
   * What the viewer's role may do, as links of the navigation (in the order of the workflow):
   * nothing for the anonymous public. The policy decides ({@link AccessPolicy#may}); the pages only
   * follow it.
   */
  public List<Views.Link> work() {
    List<Views.Link> links = new ArrayList<>();
    if (viewer.role() == Role.PUBLIC) {
      return links;
    }
    if (AccessPolicy.may(viewer, AccessPolicy.Action.SUBMIT)) {
      links.add(new Views.Link(t("nav.submissions"), href("/submissions")));
      links.add(new Views.Link(t("nav.submit"), href("/submit")));
    }
    if (AccessPolicy.may(viewer, AccessPolicy.Action.REGISTER)) {
      links.add(new Views.Link(t("nav.queue"), href("/queue")));
    }
    if (viewer.role() == Role.TRANSLATOR || AccessPolicy.may(viewer, AccessPolicy.Action.ISSUE)) {
      links.add(new Views.Link(t("nav.tasks"), href("/tasks")));
    }
    if (AccessPolicy.may(viewer, AccessPolicy.Action.READ_AUDIT_TRAIL)) {
      links.add(new Views.Link(t("nav.audit"), href("/audit")));
    }
    if (AccessPolicy.may(viewer, AccessPolicy.Action.MANAGE_ACCOUNTS)) {
      links.add(new Views.Link(t("nav.accounts"), href("/accounts")));
    }
    links.add(new Views.Link(t("nav.myAccount"), href("/account")));
    return links;
  }

  /** Whether a reader is signed in. */
  public boolean signedIn() {
    return viewer.role() != Role.PUBLIC;
  }

  /** The page's language code, for {@code lang}. */
  public String lang() {
    return language.code();
  }

  /** The page's writing direction, for {@code dir}. */
  public String dir() {
    return dir(language);
  }

  /** The writing direction of text in {@code language}: Arabic is right to left. */
  public static String dir(Language language) {
    return language == Language.AR ? "rtl" : "ltr";
  }

  /** An interface string. */
  public String t(String key) {
    return Messages.of(language).get(key);
  }

  /** An interface string with its {@code {0}} filled in. */
  public String t(String key, Object argument) {
    return Messages.of(language).get(key, argument);
  }

  /** A count as the interface language writes it. */
  public String number(long value) {
    return Messages.of(language).number(value);
  }

  /** A path of the reading room in the interface language: {@code /fr/search}. */
  public String href(String path) {
    return "/" + lang() + path;
  }

  /** This same page in the interface language {@code other}. */
  public String switchTo(Language other) {
    return "/" + other.code() + pathAfterLanguage + (query.isEmpty() ? "" : "?" + query);
  }

  /** The six languages, in the UN's order, for the language switcher. */
  public List<Language> languages() {
    return List.of(Language.values());
  }

  /** A language's name for itself, capitalised where its script has case: {@code Français}. */
  public static String autonym(Language language) {
    String own = language.nameIn(language);
    return own.substring(0, 1).toUpperCase(Messages.locale(language)) + own.substring(1);
  }

  /** A language's name in the interface language: {@code anglais}. */
  public String languageName(Language other) {
    return other.nameIn(language);
  }

  /** A date as documents in the interface language write it: {@code 6 mai 2020}. */
  public String date(LocalDate date) {
    return date == null ? "" : LanguageConventions.of(language).formatDate(date);
  }

  /** A range of dates, sharing month and year where the language does. */
  public String dates(LocalDate first, LocalDate last) {
    if (first == null || last == null) {
      return t("browse.noDates");
    }
    return LanguageConventions.of(language).formatDateRange(new DateRange(first, last));
  }

  /** A body's name in the interface language, from its English canonical name or its code. */
  public String bodyName(String canonicalNameOrCode) {
    if (canonicalNameOrCode == null) {
      return "";
    }
    return Body.fromName(canonicalNameOrCode)
        .or(() -> Body.fromCode(canonicalNameOrCode))
        .map(body -> body.nameIn(language))
        .orElse(canonicalNameOrCode);
  }

  /** A State's name in the interface language, from its ISO 3166-1 alpha-3 code. */
  public String countryName(String alpha3) {
    if (alpha3 == null) {
      return "";
    }
    try {
      return LanguageConventions.of(language).countryName(alpha3.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return alpha3;
    }
  }

  /** A document type's name: {@code Note verbale}, {@code 普通照会}. */
  public String typeName(DocType type) {
    return type == null ? "" : t("type." + type.id());
  }

  /** A distribution's name: {@code General}, {@code Générale}. */
  public String distributionName(Distribution distribution) {
    return distribution == null ? "" : t("distribution." + distribution.label());
  }

  /** A facet's name: {@code Body}, {@code Organe}. */
  public String facetName(Facet facet) {
    return t("facet." + facet.name().toLowerCase(Locale.ROOT));
  }

  /** A facet value as the reader reads it: the body, State, type or language by name. */
  public String facetValue(Facet facet, String value) {
    return switch (facet) {
      case BODY -> bodyName(value);
      case COUNTRY -> countryName(value);
      case TYPE -> DocType.fromId(value).map(this::typeName).orElse(value);
      case LANGUAGE -> Language.fromCode(value).map(this::languageName).orElse(value);
      case DISTRIBUTION -> Distribution.fromLabel(value).map(this::distributionName).orElse(value);
      case SESSION, AGENDA, YEAR -> value;
    };
  }

  /** A value for a URL's query string. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
