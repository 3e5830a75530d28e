package org.dossier.web;

import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dossier.installation.Installation;
import org.dossier.web.api.Api;
import org.dossier.web.api.Problems;
import org.dossier.web.api.RouteTable;
import org.dossier.web.pages.Pages;

/**
 * The web server of one installation: the REST API, the symbol resolver and the reading room's
 * pages, on Helidon SE with virtual threads. Searches and pages read the installation concurrently
 * with an import running in the same process.
 *
 * <pre>{@code
 * try (Installation data = Installation.open(dir);
 *     DossierServer server = DossierServer.start(data, new WebSettings("127.0.0.1", 8080))) {
 *   System.out.println(server.address());
 *   ...
 * }
 * }</pre>
 */
public final class DossierServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DossierServer.class.getName());

  private final WebServer server;
  private final WebSettings settings;
  private final RouteTable apiRoutes;

  private DossierServer(WebServer server, WebSettings settings, RouteTable apiRoutes) {
    this.server = server;
    this.settings = settings;
    this.apiRoutes = apiRoutes;
  }

  /** Starts serving {@code installation}; it stays open and owned by the caller. */
  public static DossierServer start(Installation installation, WebSettings settings) {
    Library library = Library.forAnonymousReaders(installation);
    RouteTable table = new RouteTable();
    WebServer server =
        WebServer.builder()
            .host(settings.host())
            .port(settings.port())
            .shutdownHook(false)
            .routing(routing -> routing(routing, library, table))
            .build()
            .start();
    return new DossierServer(server, settings, table);
  }

  /**
   * Registers every service of the site on {@code routing}, in this order: the REST API under
   * {@code /api}, the symbol resolver ({@code /{lang}/{symbol}} in any spelling → canonical URL),
   * then the reading room's pages ({@link Pages#services}). Tests build their routing with it.
   */
  public static void routing(HttpRouting.Builder routing, Library library, RouteTable apiRoutes) {
    routing.error(Exception.class, DossierServer::unexpected);
    Api.register(routing, library, apiRoutes);
    for (HttpService page : Pages.services(library)) {
      routing.register(page);
    }
  }

  /** The port listened on (the one chosen when the settings asked for 0). */
  public int port() {
    return server.port();
  }

  /** The home page's address, to print for the reader. */
  public URI address() {
    return URI.create(settings.address(port()));
  }

  /** The API routes registered, as the OpenAPI description must list them. */
  public RouteTable apiRoutes() {
    return apiRoutes;
  }

  /** Stops accepting requests and finishes those in progress. */
  @Override
  public void close() {
    server.stop();
  }

  /**
   * A failure nobody foresaw: logged with its stack trace for the operator, answered with a problem
   * that says what to do and names no class.
   */
  private static void unexpected(
      io.helidon.webserver.http.ServerRequest request,
      io.helidon.webserver.http.ServerResponse response,
      Exception e) {
    LOG.log(Level.SEVERE, "Failed to answer " + request.path().path(), e);
    Problems.send(
        response,
        Status.INTERNAL_SERVER_ERROR_500,
        "The server could not answer this request; the failure is in its log.");
  }
}
