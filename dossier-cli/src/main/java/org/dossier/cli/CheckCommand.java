package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.installation.CheckReport;
import org.dossier.installation.Installation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dossier check}: verifies the catalogue against the file store (hashes) and the index; exit
 * code 1 when they disagree.
 */
@Command(
    name = "check",
    description = "Verify catalogue, file store (hashes) and index against each other.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Installation installation = data.openExisting()) {
      CheckReport report = installation.check();
      out.println(
          "Checked "
              + report.documents()
              + " documents, "
              + report.files()
              + " original files and "
              + report.indexed()
              + " indexed documents in "
              + installation.directory());
      report.notes().forEach(note -> out.println("  note: " + note));
      report.problems().forEach(problem -> out.println("  PROBLEM: " + problem));
      out.println(
          report.consistent()
              ? "Consistent."
              : report.problems().size()
                  + " problem(s); 'dossier reindex' repairs index problems.");
      return report.consistent() ? 0 : 1;
    }
  }
}
