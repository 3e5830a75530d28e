package org.dossier.web.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Routes as registered: method and path pattern ({@code {+symbol}} greedy). */
public final class RouteTable {
  /** One route. */
  public record Route(String method, String path) {
    /** The path as OpenAPI writes it: {@code {+symbol}} becomes {@code {symbol}}. */
    public String openApiPath() {
      return path.replace("{+", "{");
    }
  }

  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

  /** Records a route as it is registered. */
  public void add(Route route) {
    routes.add(route);
  }

  /** The routes in the order they were registered. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }
}
