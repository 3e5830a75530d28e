package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.installation.Installation;
import org.dossier.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier serve}: the reading room and the REST API of an installation, until stopped.
 * {@code dossier import} into the same data directory meanwhile hands its files to the server.
 */
@Command(
    name = "serve",
    description = "Serve the reading room and the REST API of the data directory until stopped.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Mixin ServerOptions server;

  @Option(
      names = "--demo",
      description = "Load the six-language demo corpus first (generated once, as `dossier demo`).")
  boolean demo;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    WebSettings settings = server.settings(spec);
    Installation installation = data.open();
    if (demo) {
      try {
        DemoCommand.load(installation, DemoCommand.DEFAULT_DOCUMENTS, out);
      } catch (RuntimeException e) {
        installation.close();
        throw e;
      }
    }
    // Closed by the server when it stops, or at once if it cannot start.
    ServerOptions.serveUntilStopped(installation, settings, out);
    return 0;
  }
}
