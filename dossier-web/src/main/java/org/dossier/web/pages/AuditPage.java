package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.access.AccessPolicy;
import org.dossier.catalogue.AuditEntry;
import org.dossier.model.Language;

/**
 * The administrators' audit trail ({@code /{lang}/audit?after=SEQ}): who changed what, when, from
 * what to what, oldest first, in pages of {@value #PAGE_SIZE}.
 */
final class AuditPage implements HttpService {
  private static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Forms forms;

  AuditPage(Forms forms) {
    this.forms = forms;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/{lang}/audit", this::show);
  }

  private void show(ServerRequest request, ServerResponse response) {
    Optional<Language> language = Readers.language(request);
    if (language.isEmpty()) {
      response.next();
      return;
    }
    var viewer = forms.library().viewer();
    Page page =
        Readers.page(
            viewer, request, language.get(), Messages.of(language.get()).get("audit.title"));
    if (forms
        .gate(
            request, response, page, AccessPolicy.may(viewer, AccessPolicy.Action.READ_AUDIT_TRAIL))
        .isEmpty()) {
      return;
    }
    long after;
    try {
      after = Long.parseLong(Readers.parameter(request, "after").orElse("0"));
    } catch (NumberFormatException e) {
      Readers.badRequest(response, page, "after: expected an entry number (a whole number)");
      return;
    }
    List<AuditEntry> entries =
        forms.library().installation().circulation().auditTrail(viewer, after, PAGE_SIZE);
    List<Views.AuditRow> rows =
        entries.stream()
            .map(entry ->
                new Views.AuditRow(
                    entry.seq(),
                    WHEN.format(entry.at()),
                    entry.actor(),
                    entry.action(),
                    entry.subject(),
                    entry.before() == null ? "" : entry.before(),
                    entry.after() == null ? "" : entry.after()))
            .toList();
    String next =
        entries.size() == PAGE_SIZE ? page.href("/audit?after=" + entries.getLast().seq()) : "";
    Templates.send(
        response, Status.OK_200, "audit.jte", Map.of("page", page, "rows", rows, "next", next));
  }
}
