package org.dossier.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dossier.access.AccessControl;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CatalogueException;
import org.dossier.model.Language;
import org.dossier.web.auth.Sessions;

/**
 * Accounts and API tokens in the web. Administrators list, create, disable and enable accounts
 * ({@code /{lang}/accounts}); every signed-in reader changes its own password and lists, creates
 * and revokes its own API tokens ({@code /{lang}/account}). Every change goes through {@link
 * AccessControl}, which checks the actor and writes the audit trail, as the command line's {@code
 * dossier account} does; its refusals (a name taken, a State that is no ISO code…) are shown beside
 * the field they concern, in its words. Passwords are never shown again in a form, and a token's
 * secret only in the answer that created it.
 */
final class AccountPages implements HttpService {
  private static final Predicate<Viewer> ADMINISTRATORS =
      viewer -> AccessPolicy.may(viewer, AccessPolicy.Action.MANAGE_ACCOUNTS);
  // Forms.open sends the anonymous to sign in: any role signed in may use its own account page.
  private static final Predicate<Viewer> SIGNED_IN = viewer -> true;
  private static final Set<Role> ROLES =
      EnumSet.of(Role.DELEGATE, Role.TRANSLATOR, Role.REGISTRAR, Role.ADMINISTRATOR);
  private static final Set<String> SECRET_FIELDS = Set.of("password", "current", "repeat");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Forms forms;
  private final Sessions sessions;

  AccountPages(Forms forms, Sessions sessions) {
    this.forms = forms;
    this.sessions = sessions;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/{lang}/accounts", forms.page("accounts.title", ADMINISTRATORS, this::accounts))
        .post("/{lang}/accounts", forms.page("accounts.title", ADMINISTRATORS, this::create))
        .post(
            "/{lang}/accounts/{account}/disable",
            forms.page(
                "accounts.title",
                ADMINISTRATORS,
                (request, response, work) -> setDisabled(request, response, work, true)))
        .post(
            "/{lang}/accounts/{account}/enable",
            forms.page(
                "accounts.title",
                ADMINISTRATORS,
                (request, response, work) -> setDisabled(request, response, work, false)))
        .get("/{lang}/account", forms.page("account.title", SIGNED_IN, this::account))
        .post("/{lang}/account/password", forms.page("account.title", SIGNED_IN, this::password))
        .post("/{lang}/account/tokens", forms.page("account.title", SIGNED_IN, this::createToken))
        .post(
            "/{lang}/account/tokens/{token}/revoke",
            forms.page("account.title", SIGNED_IN, this::revoke));
  }

  // --- administrators ----------------------------------------------------------------------------

  private void accounts(ServerRequest request, ServerResponse response, Forms.Work work) {
    showAccounts(response, work, Status.OK_200, WorkForms.empty(work.page()), null);
  }

  private void create(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    Fields fields = Fields.of(Forms.fields(request));
    if (!forms.csrf(response, page, work.session(), fields.csrf())) {
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String name = fields.value("name");
    if (name.isEmpty()) {
      errors.put("name", page.t("work.required"));
    }
    Role role =
        DocumentActions.choice(
            page,
            fields,
            "role",
            value -> DocumentActions.constant(Role.class, value).filter(ROLES::contains),
            errors);
    String mission = fields.first("mission").orElse(null);
    Set<Language> languages = languages(page, fields.value("languages"), errors);
    String password = fields.text().getOrDefault("password", "");
    if (password.isEmpty()) {
      errors.put("password", page.t("work.required"));
    }
    if (role != null && !errors.containsKey("languages")) {
      try {
        // The scope's check of the account itself (AccessControl makes the same): a delegate's
        // State, a translator's languages, no State for any other role.
        new Viewer(name, role, mission, languages);
      } catch (IllegalArgumentException e) {
        // A State given to another role than a delegate's is the State's fault, else the scope
        // the role lacks.
        errors.put(
            role == Role.TRANSLATOR && mission == null ? "languages" : "mission", e.getMessage());
      }
    }
    if (errors.isEmpty()) {
      try {
        access().createAccount(work.viewer(), name, role, mission, languages, password);
        Readers.redirect(response, page.href("/accounts"));
        return;
      } catch (IllegalArgumentException | CatalogueException e) {
        // What is left to refuse is the name: its form, or an account that has it.
        errors.put("name", e.getMessage());
      }
    }
    showAccounts(
        response, work, Status.BAD_REQUEST_400, WorkForms.of(page, shown(fields), errors), null);
  }

  private void setDisabled(
      ServerRequest request, ServerResponse response, Forms.Work work, boolean disabled) {
    Page page = work.page();
    Fields fields = Fields.of(Forms.fields(request));
    if (!forms.csrf(response, page, work.session(), fields.csrf())) {
      return;
    }
    String name = request.path().pathParameters().get("account");
    try {
      access().setDisabled(work.viewer(), name, disabled);
      Readers.redirect(response, page.href("/accounts"));
    } catch (IllegalArgumentException e) {
      // Its own account: refused, and said above the list.
      showAccounts(response, work, Status.CONFLICT_409, WorkForms.empty(page), e.getMessage());
    } catch (CatalogueException e) {
      Readers.notFound(response, page.titled(page.t("error.notFound")), e.getMessage(), List.of());
    }
  }

  private void showAccounts(
      ServerResponse response, Forms.Work work, Status status, WorkForms shown, String message) {
    Page page = work.page();
    WorkForms toggles = WorkForms.empty(page);
    List<Views.AccountRow> rows =
        access().accounts(work.viewer()).stream()
            .map(account ->
                new Views.AccountRow(
                    account.name(),
                    page.t("role." + account.role()),
                    scope(page, account.mission(), account.languages()),
                    page.t(account.disabled() ? "accounts.disabled" : "accounts.enabled"),
                    account.name().equalsIgnoreCase(work.viewer().name())
                        ? null
                        : toggles.setDisabled(account.name(), !account.disabled())))
            .toList();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("accounts", rows);
    parameters.put("create", shown.createAccount(ROLES));
    parameters.put("message", message);
    parameters.put("csrf", work.session().csrfToken());
    Templates.send(response, status, "accounts.jte", parameters);
  }

  /** A delegate's State, a translator's languages, in the page's language; empty otherwise. */
  private static String scope(Page page, String mission, Set<Language> languages) {
    if (mission != null) {
      return page.countryName(mission) + " (" + mission + ")";
    }
    return languages.stream().sorted().map(page::languageName).collect(Collectors.joining(", "));
  }

  /** The languages typed as codes separated by commas or spaces ({@code fr, es}). */
  private static Set<Language> languages(Page page, String typed, Map<String, String> errors) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (String code : typed.split("[,\\s]+")) {
      if (code.isEmpty()) {
        continue;
      }
      String lower = code.toLowerCase(Locale.ROOT);
      Optional<Language> language =
          Language.fromCode(lower).filter(each -> each.code().equals(lower));
      if (language.isEmpty()) {
        errors.put("languages", page.t("accounts.badLanguage", code));
        return Set.of();
      }
      languages.add(language.get());
    }
    return languages;
  }

  // --- every signed-in reader
  // ---------------------------------------------------------------------

  private void account(ServerRequest request, ServerResponse response, Forms.Work work) {
    String notice =
        Readers.parameter(request, "changed").filter("password"::equals).isPresent()
            ? work.page().t("account.passwordChanged")
            : null;
    showAccount(response, work, Status.OK_200, WorkForms.empty(work.page()), notice, null);
  }

  private void password(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    Fields fields = Fields.of(Forms.fields(request));
    if (!forms.csrf(response, page, work.session(), fields.csrf())) {
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String current = fields.text().getOrDefault("current", "");
    String replacement = fields.text().getOrDefault("password", "");
    for (String name : List.of("current", "password", "repeat")) {
      if (fields.text().getOrDefault(name, "").isEmpty()) {
        errors.put(name, page.t("work.required"));
      }
    }
    if (!errors.containsKey("repeat") && !replacement.equals(fields.text().get("repeat"))) {
      errors.put("repeat", page.t("account.mismatch"));
    }
    Status status = Status.BAD_REQUEST_400;
    if (errors.isEmpty()) {
      switch (access()
          .changePassword(work.viewer(), current, replacement, LoginPage.source(request))) {
        case AccessControl.Login.Success success -> {
          sessions.endOthers(work.session());
          Readers.redirect(response, page.href("/account?changed=password"));
          return;
        }
        case AccessControl.Login.Refused refused -> {
          errors.put("current", page.t("account.wrongCurrent"));
          status = Status.FORBIDDEN_403;
        }
        case AccessControl.Login.Throttled throttled -> {
          long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
          response.header(
              HeaderNames.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
          errors.put("current", Messages.of(page.language()).plural("login.throttled", minutes));
          status = Status.TOO_MANY_REQUESTS_429;
        }
      }
    }
    showAccount(response, work, status, WorkForms.of(page, Map.of(), errors), null, null);
  }

  private void createToken(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    Fields fields = Fields.of(Forms.fields(request));
    if (!forms.csrf(response, page, work.session(), fields.csrf())) {
      return;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String label = fields.value("label");
    if (label.isEmpty()) {
      errors.put("label", page.t("work.required"));
    }
    AccessControl.TokenScope scope =
        DocumentActions.choice(
            page,
            fields,
            "scope",
            value -> DocumentActions.constant(AccessControl.TokenScope.class, value),
            errors);
    if (!errors.isEmpty()) {
      showAccount(
          response,
          work,
          Status.BAD_REQUEST_400,
          WorkForms.of(page, shown(fields), errors),
          null,
          null);
      return;
    }
    AccessControl.NewToken token =
        access().createToken(work.viewer(), work.viewer().name(), scope, label);
    // The one answer that shows the secret: a page of its own (a redirect would have to keep the
    // secret somewhere to show it after), never cached.
    response.header(HeaderNames.CACHE_CONTROL, "no-store");
    showAccount(
        response,
        work,
        Status.CREATED_201,
        WorkForms.empty(page),
        null,
        new Views.NewToken(token.token().label(), scopeName(page, scope.name()), token.secret()));
  }

  private void revoke(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    Fields fields = Fields.of(Forms.fields(request));
    if (!forms.csrf(response, page, work.session(), fields.csrf())) {
      return;
    }
    String typed = request.path().pathParameters().get("token");
    try {
      access().revokeToken(work.viewer(), Long.parseLong(typed), work.viewer().name());
      Readers.redirect(response, page.href("/account"));
    } catch (NumberFormatException | CatalogueException e) {
      Readers.notFound(
          response,
          page.titled(page.t("error.notFound")),
          page.t("account.noSuchToken", typed),
          List.of());
    }
  }

  private void showAccount(
      ServerResponse response,
      Forms.Work work,
      Status status,
      WorkForms shown,
      String notice,
      Views.NewToken created) {
    Page page = work.page();
    Viewer viewer = work.viewer();
    WorkForms revokes = WorkForms.empty(page);
    List<Views.TokenRow> tokens =
        access().tokens(viewer, viewer.name()).stream()
            .map(token ->
                new Views.TokenRow(
                    token.label(),
                    scopeName(page, token.scope()),
                    WHEN.format(token.createdAt()),
                    token.revoked()
                        ? page.t("account.revokedAt", WHEN.format(token.revokedAt()))
                        : page.t("account.valid"),
                    token.revoked() ? null : revokes.revoke(token.id(), token.label())))
            .toList();
    List<Views.Field> facts =
        List.of(
            new Views.Field(page.t("accounts.name"), viewer.name()),
            new Views.Field(page.t("accounts.role"), page.t("role." + viewer.role().name())),
            new Views.Field(
                page.t("accounts.scope"), scope(page, viewer.mission(), viewer.languages())));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", page);
    parameters.put("facts", facts);
    parameters.put("notice", notice);
    parameters.put("password", shown.changePassword());
    parameters.put("tokens", tokens);
    parameters.put("newToken", shown.newToken());
    parameters.put("created", created);
    parameters.put("csrf", work.session().csrfToken());
    Templates.send(response, status, "account.jte", parameters);
  }

  private static String scopeName(Page page, String scope) {
    return page.t("account.scope." + scope);
  }

  /** What a form sent, to show again: never a password. */
  private static Map<String, String> shown(Fields fields) {
    Map<String, String> shown = new LinkedHashMap<>(fields.shown());
    shown.keySet().removeAll(SECRET_FIELDS);
    return shown;
  }

  private AccessControl access() {
    return forms.library().installation().accessControl();
  }
}
