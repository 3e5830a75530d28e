package org.dossier.web.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** One resource of the API: an {@link HttpService} mounted under its own path. */
abstract class ApiResource implements HttpService {
  private final String prefix;
  private final RouteTable table;

  ApiResource(String prefix, RouteTable table) {
    this.prefix = prefix;
    this.table = table;
  }

  String prefix() {
    return prefix;
  }

  @Override
  public final void routing(HttpRules rules) {
    declare(new Routes(rules, prefix, table));
  }

  /** Declares the resource's routes, relative to its prefix. */
  abstract void declare(Routes routes);
}
