package org.dossier.web.api;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;

/**
 * Declares a resource's routes on Helidon's rules and records each in the {@link RouteTable}, so
 * the routing and the OpenAPI description can be compared.
 */
final class Routes {
  private final HttpRules rules;
  private final String prefix;
  private final RouteTable table;

  Routes(HttpRules rules, String prefix, RouteTable table) {
    this.rules = rules;
    this.prefix = prefix;
    this.table = table;
  }

  /** A read: answers GET, and HEAD with the same headers and no body. */
  Routes get(String path, Handler handler) {
    rules.get(path, handler).head(path, handler);
    table.add(new RouteTable.Route(Method.GET.text(), prefix + path));
    return this;
  }

  Routes post(String path, Handler handler) {
    rules.post(path, handler);
    table.add(new RouteTable.Route(Method.POST.text(), prefix + path));
    return this;
  }
}
