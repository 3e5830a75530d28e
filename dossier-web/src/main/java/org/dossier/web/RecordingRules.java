package org.dossier.web;

import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Arrays;
import org.dossier.web.api.RouteTable;

/**
 * Helidon's {@link HttpRules} that records, in a {@link RouteTable}, every route declared through
 * them — by the services registered on them too, at any depth, with the prefixes they are
 * registered under — so that the site's routes can be listed without asking each service. A route
 * declared as a bare {@link HttpRoute} hides its method and path from Helidon's API: it is recorded
 * with the method {@value #UNKNOWN} and its matcher's description, which a test that must fill
 * every route then refuses by name.
 */
final class RecordingRules implements HttpRules {
  static final String UNKNOWN = "UNKNOWN";

  private final HttpRules rules;
  private final String prefix;
  private final RouteTable table;

  RecordingRules(HttpRules rules, String prefix, RouteTable table) {
    this.rules = rules;
    this.prefix = prefix;
    this.table = table;
  }

  @Override
  public HttpRules register(HttpService... services) {
    rules.register(recorded(prefix, services));
    return this;
  }

  @Override
  public HttpRules register(String path, HttpService... services) {
    rules.register(path, recorded(prefix + path, services));
    return this;
  }

  @Override
  public HttpRules route(HttpRoute route) {
    record(UNKNOWN, route.pathMatcher().map(Object::toString).orElse("*"));
    rules.route(route);
    return this;
  }

  @Override
  public HttpRules route(Method method, String pathPattern, Handler handler) {
    record(method.text(), pathPattern);
    rules.route(method, pathPattern, handler);
    return this;
  }

  @Override
  public HttpRules get(String pathPattern, Handler... handlers) {
    return declared(Method.GET, pathPattern, handlers);
  }

  @Override
  public HttpRules post(String pathPattern, Handler... handlers) {
    return declared(Method.POST, pathPattern, handlers);
  }

  @Override
  public HttpRules put(String pathPattern, Handler... handlers) {
    return declared(Method.PUT, pathPattern, handlers);
  }

  @Override
  public HttpRules delete(String pathPattern, Handler... handlers) {
    return declared(Method.DELETE, pathPattern, handlers);
  }

  @Override
  public HttpRules patch(String pathPattern, Handler... handlers) {
    return declared(Method.PATCH, pathPattern, handlers);
  }

  @Override
  public HttpRules head(String pathPattern, Handler... handlers) {
    return declared(Method.HEAD, pathPattern, handlers);
  }

  @Override
  public HttpRules options(String pathPattern, Handler... handlers) {
    return declared(Method.OPTIONS, pathPattern, handlers);
  }

  @Override
  public HttpRules trace(String pathPattern, Handler... handlers) {
    return declared(Method.TRACE, pathPattern, handlers);
  }

  @Override
  public HttpRules any(String pathPattern, Handler... handlers) {
    record("ANY", pathPattern);
    rules.any(pathPattern, handlers);
    return this;
  }

  private HttpRules declared(Method method, String pathPattern, Handler... handlers) {
    record(method.text(), pathPattern);
    for (Handler handler : handlers) {
      rules.route(method, pathPattern, handler);
    }
    return this;
  }

  private void record(String method, String pathPattern) {
    table.add(new RouteTable.Route(method, prefix + pathPattern));
  }

  private HttpService[] recorded(String servicePrefix, HttpService... services) {
    return Arrays.stream(services)
        .map(service -> new RecordedService(service, servicePrefix, table))
        .toArray(HttpService[]::new);
  }

  /** A service whose routes are declared on recording rules; its lifecycle is the service's. */
  private record RecordedService(HttpService service, String prefix, RouteTable table)
      implements HttpService {
    @Override
    public void routing(HttpRules rules) {
      service.routing(new RecordingRules(rules, prefix, table));
    }

    @Override
    public void beforeStart() {
      service.beforeStart();
    }

    @Override
    public void afterStart(WebServer webServer) {
      service.afterStart(webServer);
    }

    @Override
    public void afterStop() {
      service.afterStop();
    }
  }
}
