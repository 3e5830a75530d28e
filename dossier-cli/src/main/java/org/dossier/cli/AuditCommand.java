package org.dossier.cli;

import java.util.concurrent.Callable;
import org.dossier.access.Viewer;
import org.dossier.catalogue.AuditEntry;
import org.dossier.installation.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier audit}: the append-only audit trail, oldest first. */
@Command(name = "audit", description = "The audit trail: every state change and change of rights.")
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--after", defaultValue = "0", description = "Only entries after this number.")
  long after;

  @Option(names = "--limit", defaultValue = "1000")
  int limit;

  @Override
  public Integer call() {
    try (Installation installation = data.open()) {
      for (AuditEntry entry :
          installation.circulation().auditTrail(Viewer.localAdministrator(), after, limit)) {
        spec.commandLine()
            .getOut()
            .println(
                entry.seq()
                    + "\t"
                    + entry.at()
                    + "\t"
                    + entry.actor()
                    + "\t"
                    + entry.action()
                    + "\t"
                    + entry.subject()
                    + "\t"
                    + (entry.before() == null ? "" : entry.before())
                    + " -> "
                    + (entry.after() == null ? "" : entry.after()));
      }
      return 0;
    }
  }
}
