package org.dossier.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dossier.installation.Installation;
import org.dossier.web.api.Api;
import org.dossier.web.api.Problems;
import org.dossier.web.api.RouteTable;
import org.dossier.web.auth.Authentication;
import org.dossier.web.auth.Sessions;
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
  private final RouteTable routes;
  private final Installation installation;
  private final ServerFile announcement;

  private DossierServer(
      WebServer server,
      WebSettings settings,
      RouteTable apiRoutes,
      RouteTable routes,
      Installation installation,
      ServerFile announcement) {
    this.server = server;
    this.settings = settings;
    this.apiRoutes = apiRoutes;
    this.routes = routes;
    this.installation = installation;
    this.announcement = announcement;
  }

  /**
   * Starts serving {@code installation}, which stays open and owned by the caller, and announces
   * the server in {@code DATA/server.json} so that {@code dossier import} hands it its files.
   */
  public static DossierServer start(Installation installation, WebSettings settings) {
    Library library = Library.forAnonymousReaders(installation);
    RouteTable table = new RouteTable();
    RouteTable routes = new RouteTable();
    String adminToken = ServerFile.newToken();
    WebServer server =
        WebServer.builder()
            .host(settings.host())
            .port(settings.port())
            // Answers are written in several pieces; with Nagle's algorithm the last small piece
            // waits for the client's delayed ACK (~40 ms a larger answer on loopback).
            .connectionOptions(options -> options.tcpNoDelay(true))
            .shutdownHook(false)
            .routing(routing ->
                routing(
                    routing,
                    library,
                    new Sessions(
                        Clock.systemUTC(),
                        installation.catalogue().sessions(),
                        installation.accessControl()),
                    table,
                    routes,
                    adminToken,
                    new Uploads(settings.maxUploadBytes())))
            .build()
            .start();
    if (!server.isRunning()) {
      // Helidon logs a failed bind and returns a server that is not running.
      throw new IllegalStateException(
          "Cannot listen on "
              + settings.host()
              + ":"
              + settings.port()
              + ": the address is in use or not available here (choose another with --port or"
              + " DOSSIER_PORT, --host or DOSSIER_HOST)");
    }
    ServerFile announcement =
        new ServerFile(server.port(), ProcessHandle.current().pid(), adminToken);
    announcement.write(installation.directory());
    return new DossierServer(server, settings, table, routes, installation, announcement);
  }

  /**
   * Registers every service of the site on {@code routing}, in this order: the filter that reads
   * each request as its viewer ({@link Authentication}), the REST API under {@code /api}, the pages
   * of signed-in readers ({@link Pages#signedIn}), the symbol resolver ({@code /{lang}/{symbol}} in
   * any spelling → canonical URL), then the reading room's pages ({@link Pages#services}). Tests
   * build their routing with it.
   *
   * @param sessions the signed-in sessions
   * @param apiRoutes records the API's routes, for comparison with its OpenAPI description
   * @param routes records every route of every service, pages included ({@link RecordingRules})
   * @param adminToken the bearer token the administration routes require
   * @param uploads reads multipart uploads within the server's size limit
   */
  public static void routing(
      HttpRouting.Builder routing,
      Library library,
      Sessions sessions,
      RouteTable apiRoutes,
      RouteTable routes,
      String adminToken,
      Uploads uploads) {
    routing.error(Exception.class, DossierServer::unexpected);
    routing.addFilter(
        new Authentication(library, library.installation().accessControl(), sessions));
    // Every service declares its routes through these, so that a service added later is listed.
    HttpRules rules = new RecordingRules(routing, "", routes);
    Api.register(routing, rules, library, apiRoutes, adminToken, uploads);
    // Before the resolver, so that "login" or "queue" is never read as a symbol.
    for (HttpService page : Pages.signedIn(library, sessions, uploads)) {
      rules.register(page);
    }
    rules.register(new SymbolResolver(library));
    for (HttpService page : Pages.services(library, sessions)) {
      rules.register(page);
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

  /**
   * Every route of the site as registered — API, sign-in, resolver, pages, static assets — with its
   * method ({@code ANY} for a catch-all) and path pattern.
   */
  public RouteTable routes() {
    return routes;
  }

  /** Stops accepting requests and finishes those in progress. */
  @Override
  public void close() {
    server.stop();
    announcement.delete(installation.directory());
  }

  /**
   * An error no service answered itself. HTTP errors of the routing (no route: 404; a malformed
   * request: 400) keep their status; any other failure is logged with its stack trace for the
   * operator and answered with a 500 that names no class. Under {@code /api} the answer is a
   * problem; elsewhere plain text.
   */
  private static void unexpected(ServerRequest request, ServerResponse response, Exception e) {
    Status status;
    String detail;
    if (e instanceof HttpException http) {
      status = http.status();
      detail =
          status == Status.NOT_FOUND_404
              ? "Nothing is served at " + request.path().path()
              : status.reasonPhrase() + ": " + request.path().path();
    } else {
      LOG.log(Level.SEVERE, "Failed to answer " + request.path().path(), e);
      status = Status.INTERNAL_SERVER_ERROR_500;
      detail = "The server could not answer this request; the failure is in its log.";
    }
    if (request.path().path().startsWith("/api/")) {
      Problems.send(response, status, detail);
    } else {
      response.status(status);
      response.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
      response.send(detail);
    }
  }
}
