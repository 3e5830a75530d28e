package org.dossier.web.pages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.access.AccessControl;
import org.dossier.access.Role;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.web.UrlPaths;

/**
 * The workflow's forms, each built from the values to show and the errors to show beside its
 * fields: the pages render them empty, the actions render them again with what was sent and what
 * was wrong. Each posts to {@code /{lang}/documents/{id}/…} or {@code /{lang}/submit…}, or, for
 * accounts and tokens, to {@code /{lang}/accounts…} and {@code /{lang}/account/…}.
 */
final class WorkForms {
  private final Page page;
  private final Map<String, String> values;
  private final Map<String, String> errors;

  private WorkForms(Page page, Map<String, String> values, Map<String, String> errors) {
    this.page = page;
    this.values = values;
    this.errors = errors;
  }

  /** Forms showing {@code values} (by field name) and {@code errors} (by field name). */
  static WorkForms of(Page page, Map<String, String> values, Map<String, String> errors) {
    return new WorkForms(page, values, errors);
  }

  /** Empty forms. */
  static WorkForms empty(Page page) {
    return new WorkForms(page, Map.of(), Map.of());
  }

  /** The field name under which an error concerns the form as a whole. */
  static final String WHOLE_FORM = "";

  static String action(Page page, CataloguedDocument document, String what) {
    return page.href("/documents/" + document.id() + "/" + what);
  }

  /** Step 1 of a submission: the file the form is pre-filled from. */
  Views.Form prefill() {
    return form(
        "prefill",
        page.href("/submit"),
        page.t("submit.read"),
        true,
        List.of(input("file", page.t("submit.file"), "file", true, page.t("submit.fileHint"))));
  }

  /**
   * Step 2 of a submission: what the file says, to correct; files in other languages; {@code
   * mission} when the submitter acts for no one State (an administrator).
   */
  Views.Form submit(boolean askMission) {
    List<Views.Input> inputs = new ArrayList<>();
    if (askMission) {
      inputs.add(
          input("mission", page.t("submit.mission"), "text", true, page.t("work.example", "FRA")));
    }
    inputs.add(
        select(
            "body",
            page.t("doc.body"),
            Arrays.stream(Body.values())
                .map(body -> option(body.name(), body.nameIn(page.language())))
                .toList()));
    inputs.add(input("session", page.t("doc.session"), "number", true, null));
    inputs.add(input("agenda", page.t("doc.agenda"), "text", false, page.t("submit.agendaHint")));
    inputs.add(
        select(
            "type",
            page.t("doc.type"),
            Arrays.stream(DocType.values())
                .map(type -> option(type.id(), page.typeName(type)))
                .toList()));
    inputs.add(distribution("distribution", page.t("submit.distribution")));
    inputs.add(series());
    inputs.add(input("base", page.t("work.base"), "text", false, page.t("work.baseHint")));
    inputs.add(
        input("files", page.t("submit.otherFiles"), "file", false, page.t("submit.otherHint")));
    return form("submission", page.href("/submissions"), page.t("submit.send"), true, inputs);
  }

  /** The registrar accepts: series, base symbol, masthead date, original language, distribution. */
  Views.Form register(CataloguedDocument document) {
    return onDocument(
        document,
        "register",
        page.t("queue.register"),
        false,
        List.of(
            series(),
            input("base", page.t("work.base"), "text", false, page.t("work.baseHint")),
            input("date", page.t("work.mastheadDate"), "date", true, null),
            language("original", page.t("doc.original")),
            distribution("distribution", page.t("doc.distribution"))));
  }

  /** The registrar returns a submission to its mission, with a reason. */
  Views.Form returnToMission(CataloguedDocument document) {
    return withReason(document, "return", page.t("queue.return"));
  }

  /** Issues one language version with its date and job number. */
  Views.Form issue(CataloguedDocument document, Language language) {
    return form(
        "issue-" + document.id() + "-" + language.code(),
        action(page, document, "versions/" + language.code() + "/issue"),
        page.t("work.issue", page.languageName(language)),
        false,
        List.of(
            input("date", page.t("work.issueDate"), "date", true, null),
            input(
                "job",
                page.t("doc.jobNumber"),
                "text",
                true,
                page.t("work.example", "GE.20-03001"))));
  }

  Views.Form publish(CataloguedDocument document) {
    return onDocument(document, "publish", page.t("work.publish"), false, List.of());
  }

  Views.Form withdraw(CataloguedDocument document) {
    return withReason(document, "withdraw", page.t("work.withdraw"));
  }

  /** A translator takes up a language. */
  Views.Form start(CataloguedDocument document, Language language) {
    return onTask(document, language, "start", page.t("tasks.start"));
  }

  /**
   * A translator uploads a version; its language is read from the file. {@code language} is the
   * task's, or null when the form is shown again after a refused file, whose language is unknown.
   */
  Views.Form translation(CataloguedDocument document, Language language) {
    String label =
        language == null
            ? page.t("tasks.upload")
            : page.t("tasks.file", page.languageName(language));
    return form(
        "translation-" + document.id() + (language == null ? "" : "-" + language.code()),
        action(page, document, "translations"),
        page.t("tasks.upload"),
        true,
        List.of(input("file", label, "file", true, null)));
  }

  /** Marks that a version reproduces its annexes as received, in the original only. */
  Views.Form originalOnly(CataloguedDocument document, Language language) {
    return onTask(document, language, "original-only", page.t("tasks.originalOnly"));
  }

  /** A corrigendum, revision, addendum or reissue of the document: its file and its series. */
  Views.Form family(CataloguedDocument document) {
    List<Views.Option> series = new ArrayList<>();
    for (SymbolSeries each : SymbolSeries.values()) {
      if (each.extendsDocument()) {
        series.add(option(each.name(), page.t("series." + each.name())));
      }
    }
    return onDocument(
        document,
        "family",
        page.t("work.familySubmit"),
        true,
        List.of(
            select("series", page.t("work.series"), series),
            input("date", page.t("work.mastheadDate"), "date", true, null),
            input("files", page.t("work.familyFiles"), "file", true, null)));
  }

  /** An administrator creates an account of one of {@code roles}. */
  Views.Form createAccount(Set<Role> roles) {
    return form(
        "account",
        page.href("/accounts"),
        page.t("accounts.create"),
        false,
        List.of(
            input("name", page.t("accounts.name"), "text", true, null),
            select(
                "role",
                page.t("accounts.role"),
                roles.stream().map(role -> option(role.name(), page.t("role." + role))).toList()),
            input(
                "mission",
                page.t("accounts.mission"),
                "text",
                false,
                page.t("work.example", "FRA")),
            input(
                "languages",
                page.t("accounts.languages"),
                "text",
                false,
                page.t("accounts.languagesHint")),
            input("password", page.t("accounts.password"), "password", true, null)));
  }

  /** Disables (or enables) one account. */
  Views.Form setDisabled(String account, boolean disable) {
    String what = disable ? "disable" : "enable";
    return form(
        what + "-" + account,
        page.href("/accounts/" + UrlPaths.encode(account) + "/" + what),
        page.t("accounts." + what),
        false,
        List.of());
  }

  /** The reader changes its own password. */
  Views.Form changePassword() {
    return form(
        "password",
        page.href("/account/password"),
        page.t("account.changePassword"),
        false,
        List.of(
            input("current", page.t("account.current"), "password", true, null),
            input("password", page.t("account.newPassword"), "password", true, null),
            input("repeat", page.t("account.repeat"), "password", true, null)));
  }

  /** The reader creates an API token of its own. */
  Views.Form newToken() {
    return form(
        "token",
        page.href("/account/tokens"),
        page.t("account.newToken"),
        false,
        List.of(
            input("label", page.t("account.label"), "text", true, page.t("account.labelHint")),
            select(
                "scope",
                page.t("account.scope"),
                Arrays.stream(AccessControl.TokenScope.values())
                    .map(scope -> option(scope.name(), page.t("account.scope." + scope)))
                    .toList())));
  }

  /** Revokes one of the reader's tokens. */
  Views.Form revoke(long token, String label) {
    return form(
        "revoke-" + token,
        page.href("/account/tokens/" + token + "/revoke"),
        page.t("account.revoke", label),
        false,
        List.of());
  }

  private Views.Input series() {
    List<Views.Option> options = new ArrayList<>();
    for (SymbolSeries each : SymbolSeries.values()) {
      options.add(option(each.name(), page.t("series." + each.name())));
    }
    return select("series", page.t("work.series"), options);
  }

  private Views.Input distribution(String name, String label) {
    return select(
        name,
        label,
        Arrays.stream(Distribution.values())
            .map(each -> option(each.label(), page.distributionName(each)))
            .toList());
  }

  private Views.Input language(String name, String label) {
    return select(
        name,
        label,
        Arrays.stream(Language.values())
            .map(each -> option(each.code(), page.languageName(each)))
            .toList());
  }

  /**
   * A form for the whole document, posted to {@code /documents/{id}/what} with the id {@code
   * what-id}.
   */
  private Views.Form onDocument(
      CataloguedDocument document,
      String what,
      String submit,
      boolean multipart,
      List<Views.Input> inputs) {
    return form(
        what + "-" + document.id(), action(page, document, what), submit, multipart, inputs);
  }

  /** A step on the whole document that asks why it is taken. */
  private Views.Form withReason(CataloguedDocument document, String what, String submit) {
    return onDocument(
        document,
        what,
        submit,
        false,
        List.of(input("reason", page.t("work.reason"), "textarea", true, null)));
  }

  /** A step on the task of one language, posted to {@code /documents/{id}/tasks/{lang}/what}. */
  private Views.Form onTask(
      CataloguedDocument document, Language language, String what, String submit) {
    return form(
        what + "-" + document.id() + "-" + language.code(),
        action(page, document, "tasks/" + language.code() + "/" + what),
        submit,
        false,
        List.of());
  }

  private Views.Form form(
      String id, String action, String submit, boolean multipart, List<Views.Input> inputs) {
    return new Views.Form(id, action, submit, multipart, inputs, errors.get(WHOLE_FORM));
  }

  private Views.Input input(String name, String label, String type, boolean required, String hint) {
    return new Views.Input(
        name,
        label,
        type,
        values.getOrDefault(name, ""),
        List.of(),
        required,
        hint,
        errors.get(name));
  }

  private Views.Input select(String name, String label, List<Views.Option> options) {
    String chosen = values.get(name);
    List<Views.Option> marked =
        options.stream()
            .map(option ->
                new Views.Option(option.value(), option.label(), option.value().equals(chosen)))
            .toList();
    return new Views.Input(name, label, "select", chosen, marked, true, null, errors.get(name));
  }

  private static Views.Option option(String value, String label) {
    return new Views.Option(value, label, false);
  }

  /** Today's date as a date field writes it, for defaults. */
  static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }
}
