package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dossier.installation.Installation;
import org.dossier.web.DossierServer;
import org.dossier.web.WebSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of commands that end by serving ({@code serve}, {@code demo}): where to listen, read
 * from the command line, else the environment, else a configuration file ({@link WebSettings}).
 */
final class ServerOptions {
  /** The environment variable naming the server's configuration file. */
  static final String CONFIG_VARIABLE = "DOSSIER_CONFIG";

  /** Held so the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger HELIDON_LOG = Logger.getLogger("io.helidon");

  @Option(
      names = "--port",
      paramLabel = "N",
      description =
          "The port to listen on, 0 for any free one (default: $DOSSIER_PORT, else 8080).")
  String port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: $DOSSIER_HOST, else 127.0.0.1: this machine only).")
  String host;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file with host= and port= (default: $DOSSIER_CONFIG).")
  Path config;

  /** The settings, validated; a wrong one is a usage error naming it. */
  WebSettings settings(CommandSpec spec) {
    Map<String, String> commandLine = new HashMap<>();
    commandLine.put("host", host);
    commandLine.put("port", port);
    Optional<Path> file =
        Optional.ofNullable(config)
            .or(() -> Optional.ofNullable(System.getenv(CONFIG_VARIABLE)).map(Path::of));
    try {
      return WebSettings.read(new WebSettings.Sources(commandLine, System.getenv(), file));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * Serves the open installation until the process is stopped (Ctrl+C, SIGTERM); then the server
   * finishes the requests in progress and the installation closes cleanly.
   */
  static void serveUntilStopped(Installation installation, WebSettings settings, PrintWriter out) {
    HELIDON_LOG.setLevel(Level.WARNING);
    DossierServer server;
    try {
      server = DossierServer.start(installation, settings);
    } catch (RuntimeException e) {
      installation.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform()
                .name("dossier-serve-stop")
                .unstarted(() -> {
                  server.close();
                  installation.close();
                  stopped.countDown();
                }));
    out.println();
    out.println("Dossier is serving " + installation.directory() + " at " + server.address());
    out.println(
        "  API: "
            + server.address().resolve("api/v1/search?q=rights")
            + "   OpenAPI: "
            + server.address().resolve("api/openapi.json"));
    out.println("Press Ctrl+C to stop.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
