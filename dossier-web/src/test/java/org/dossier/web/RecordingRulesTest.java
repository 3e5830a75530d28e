package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRouting;
import org.dossier.web.api.RouteTable;
import org.junit.jupiter.api.Test;

/** Routes declared by services at any depth are recorded with their prefixes and methods. */
class RecordingRulesTest {
  private static final Handler NOTHING = (request, response) -> response.send();

  @Test
  void servicesAtAnyDepthAreRecordedUnderTheirPrefixes() {
    RouteTable table = new RouteTable();
    HttpRouting.Builder routing = HttpRouting.builder();
    RecordingRules rules = new RecordingRules(routing, "", table);

    rules.get("/", NOTHING);
    rules.register(
        "/outer",
        outer -> {
          outer.post("/{id}/act", NOTHING).put("/{id}", NOTHING).delete("/{id}", NOTHING);
          outer.register("/inner", inner -> inner.get("/{lang}/page", NOTHING));
        });
    rules.register(service -> service.route(Method.PATCH, "/patched", NOTHING).any("/*", NOTHING));
    routing.build(); // services declare their routes when the routing is built

    assertThat(table.routes())
        .containsExactly(
            new RouteTable.Route("GET", "/"),
            new RouteTable.Route("POST", "/outer/{id}/act"),
            new RouteTable.Route("PUT", "/outer/{id}"),
            new RouteTable.Route("DELETE", "/outer/{id}"),
            new RouteTable.Route("GET", "/outer/inner/{lang}/page"),
            new RouteTable.Route("PATCH", "/patched"),
            new RouteTable.Route("ANY", "/*"));
  }

  /** A bare route hides its method from Helidon's API: recorded as such, for a test to refuse. */
  @Test
  void aBareRouteIsRecordedAsOfUnknownMethod() {
    RouteTable table = new RouteTable();
    new RecordingRules(HttpRouting.builder(), "/api", table)
        .route(HttpRoute.builder().methods(Method.POST).path("/hidden").handler(NOTHING).build());

    assertThat(table.routes()).hasSize(1);
    assertThat(table.routes().getFirst().method()).isEqualTo(RecordingRules.UNKNOWN);
    assertThat(table.routes().getFirst().path()).startsWith("/api");
  }
}
