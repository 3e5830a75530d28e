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
import java.util.OptionalLong;
import org.dossier.access.AccessPolicy;
import org.dossier.catalogue.AuditEntry;

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
    rules.get(
        "/{lang}/audit",
        forms.page(
            "audit.title",
            viewer -> AccessPolicy.may(viewer, AccessPolicy.Action.READ_AUDIT_TRAIL),
            this::show));
  }

  private void show(ServerRequest request, ServerResponse response, Forms.Work work) {
    Page page = work.page();
    OptionalLong after = Readers.position(request, response, page, "after", 0, "an entry number");
    if (after.isEmpty()) {
      return;
    }
    List<AuditEntry> entries =
        forms
            .library()
            .installation()
            .circulation()
            .auditTrail(work.viewer(), after.getAsLong(), PAGE_SIZE);
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
    String next = Readers.nextPage(page, entries, PAGE_SIZE, "/audit?after=", AuditEntry::seq);
    Templates.send(
        response, Status.OK_200, "audit.jte", Map.of("page", page, "rows", rows, "next", next));
  }
}
