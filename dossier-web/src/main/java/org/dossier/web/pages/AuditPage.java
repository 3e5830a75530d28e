package org.dossier.web.pages;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.access.AccessPolicy;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AuditEntry;

/**
 * The administrators' audit trail ({@code /{lang}/audit?after=SEQ}): who changed what, when, from
 * what to what, oldest first, in pages of {@value #PAGE_SIZE}.
 */
final class AuditPage extends WorkListPage<AuditEntry> {
  private static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  AuditPage(Forms forms) {
    super(
        forms,
        "audit",
        viewer -> AccessPolicy.may(viewer, AccessPolicy.Action.READ_AUDIT_TRAIL),
        PAGE_SIZE,
        "an entry number");
  }

  @Override
  List<AuditEntry> list(Viewer viewer, long after, int limit) {
    return forms.library().installation().circulation().auditTrail(viewer, after, limit);
  }

  @Override
  long position(AuditEntry entry) {
    return entry.seq();
  }

  @Override
  void send(ServerResponse response, Forms.Work work, List<AuditEntry> entries, String next) {
    Page page = work.page();
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
    Templates.send(
        response, Status.OK_200, "audit.jte", Map.of("page", page, "rows", rows, "next", next));
  }
}
