package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import java.util.List;
import org.dossier.lang.LanguageConventions;
import org.dossier.search.query.QueryParser;
import org.dossier.web.Library;
import org.dossier.web.Uploads;

/** Registers the REST API: every resource under {@code /api/v1} and its OpenAPI description. */
public final class Api {
  /** Where the OpenAPI 3.1 description is served. */
  public static final String OPENAPI_PATH = "/api/openapi.json";

  /** Where the API's page for people is served. */
  public static final String PAGE_PATH = "/api";

  private Api() {}

  /**
   * Registers the API's resources on {@code routing}, recording each route in {@code table}; an
   * unknown path under {@code /api} answers a 404 problem. Uploads are read with {@code uploads}.
   */
  public static void register(
      HttpRouting.Builder routing,
      Library library,
      RouteTable table,
      String adminToken,
      Uploads uploads) {
    QueryParser parser = new QueryParser(LanguageConventions::countryInAnyLanguage);
    routing.addFilter((chain, request, response) -> {
      if (request.path().path().startsWith("/api/")) {
        cors(request.prologue().method(), response);
      }
      chain.proceed();
    });
    routing.error(
        BadRequestException.class, (request, response, e) -> Problems.badRequest(response, e));
    routing.error(
        NotFoundException.class,
        (request, response, e) -> {
          ArrayNode suggestions = Json.MAPPER.createArrayNode();
          e.suggestions().forEach(suggestions::add);
          ObjectNode extension = Json.MAPPER.createObjectNode();
          extension.set("suggestions", suggestions);
          Problems.send(response, Status.NOT_FOUND_404, e.getMessage(), extension);
        });
    List<ApiResource> resources =
        List.of(
            // Before the documents' resource, whose {+symbol} would take ".../tasks" as a symbol.
            new WorkflowApi(library, uploads, table),
            new SubmissionsApi(library, uploads, table),
            new SearchApi(library, parser, table),
            new AlignmentsApi(library, table),
            new DocumentsApi(library, table),
            new VersionsApi(library, table),
            new FamiliesApi(library, table),
            new CitationsApi(library, table),
            new BodiesApi(library, table),
            new CountriesApi(library, table),
            new NotificationsApi(library, table),
            new AdminImportsApi(library, adminToken, table));
    for (ApiResource resource : resources) {
      routing.register(resource.prefix(), resource);
    }
    OpenApiResource description = new OpenApiResource(table);
    routing.register(description.prefix(), description);
    routing.get(PAGE_PATH, description.page()::send);
    routing.options("/api/*", (request, response) -> response.status(Status.NO_CONTENT_204).send());
    routing.any(
        "/api/*",
        (request, response) ->
            Problems.send(
                response,
                Status.NOT_FOUND_404,
                "No API resource at "
                    + request.path().path()
                    + "; the routes are described at "
                    + OPENAPI_PATH));
  }

  /** Reads are open to pages of any origin; writes (the admin routes) are not. */
  private static void cors(Method method, io.helidon.webserver.http.ServerResponse response) {
    if (method == Method.GET || method == Method.HEAD || method == Method.OPTIONS) {
      response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
      response.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Content-Type");
      if (method == Method.OPTIONS) {
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "If-None-Match, Accept");
        response.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "86400");
      }
    }
  }
}
