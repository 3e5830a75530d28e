package org.dossier.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.dossier.installation.ImportListener;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.ImportedFile;
import org.dossier.installation.InstallationException;
import org.dossier.web.Library;

/**
 * {@code POST /api/v1/admin/imports}: imports files into the served installation on behalf of
 * {@code dossier import} run beside the server. Only from this machine (loopback), only with the
 * token of {@code DATA/server.json} ({@code Authorization: Bearer …}). The body names absolute
 * paths: {@code {"paths": ["/inbox", "/more.zip"]}}. The answer streams the import as JSON lines
 * ({@code application/x-ndjson}): {@code started} with the number of files, one {@code file} per
 * file done, then {@code summary} — or {@code error}. Readers are served meanwhile: the import runs
 * on this request's own thread and the index refreshes as it goes.
 */
final class AdminImportsApi extends ApiResource {
  static final String PATH = "/api/v1/admin/imports";

  private final Library library;
  private final byte[] token;

  AdminImportsApi(Library library, String token, RouteTable table) {
    super(PATH, table);
    this.library = library;
    this.token = token.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  void declare(Routes routes) {
    routes.post("", this::importFiles);
  }

  private void importFiles(ServerRequest request, ServerResponse response) {
    if (!(request.remotePeer().address() instanceof InetSocketAddress peer)
        || !peer.getAddress().isLoopbackAddress()) {
      Problems.send(response, Status.FORBIDDEN_403, "Imports are accepted from this machine only");
      return;
    }
    String authorization = request.headers().value(HeaderNames.AUTHORIZATION).orElse("");
    byte[] offered =
        authorization.startsWith("Bearer ")
            ? authorization
                .substring("Bearer ".length())
                .strip()
                .getBytes(StandardCharsets.US_ASCII)
            : new byte[0];
    if (!MessageDigest.isEqual(offered, token)) {
      response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
      Problems.send(
          response,
          Status.UNAUTHORIZED_401,
          "Authorization: expected 'Bearer' and the token of the data directory's "
              + org.dossier.web.ServerFile.NAME);
      return;
    }
    List<Path> paths = paths(request.content().as(String.class));
    response.header(HeaderNames.CONTENT_TYPE, "application/x-ndjson");
    try (OutputStream out = response.outputStream()) {
      Events events = new Events(out);
      try {
        ImportSummary summary = library.installation().importFiles(paths, events);
        events.summary(summary);
      } catch (InstallationException | UncheckedIOException e) {
        events.send(
            Json.MAPPER.createObjectNode().put("event", "error").put("detail", e.getMessage()));
      }
    } catch (IOException e) {
      // The client went away; the import itself finished and is in the report.
    }
  }

  private static List<Path> paths(String body) {
    JsonNode paths;
    try {
      paths = Json.MAPPER.readTree(body).path("paths");
    } catch (IOException e) {
      throw new BadRequestException(
          "paths", "body: expected JSON {\"paths\": [\"/absolute/path\", …]}, got unreadable JSON");
    }
    if (!paths.isArray() || paths.isEmpty()) {
      throw new BadRequestException("paths", "paths: expected a non-empty array of absolute paths");
    }
    List<Path> result = new ArrayList<>();
    for (JsonNode each : paths) {
      Path path = Path.of(each.asText());
      if (!each.isTextual() || !path.isAbsolute()) {
        throw new BadRequestException(
            "paths", "paths: expected absolute paths, got '" + each.asText() + "'");
      }
      result.add(path);
    }
    return result;
  }

  /** Writes the import's progress as JSON lines; a client gone away does not stop the import. */
  private static final class Events implements ImportListener {
    private final OutputStream out;
    private boolean clientGone;

    Events(OutputStream out) {
      this.out = out;
    }

    @Override
    public void started(int files) {
      send(Json.MAPPER.createObjectNode().put("event", "started").put("files", files));
    }

    @Override
    public void fileDone(ImportedFile file) {
      ObjectNode node =
          Json.MAPPER
              .createObjectNode()
              .put("event", "file")
              .put("source", file.source())
              .put("status", file.status().name())
              .put("documentKey", file.documentKey())
              .put("language", file.language() == null ? null : file.language().code())
              .put("sha256", file.sha256())
              .put("failure", file.failure());
      ArrayNode warnings = node.putArray("warnings");
      file.warnings().forEach(warnings::add);
      send(node);
    }

    void summary(ImportSummary summary) {
      send(
          Json.MAPPER
              .createObjectNode()
              .put("event", "summary")
              .put("files", summary.files())
              .put("documents", summary.documents())
              .put("created", summary.created())
              .put("unchanged", summary.unchanged())
              .put("updated", summary.updated())
              .put("warnings", summary.warnings())
              .put("failed", summary.failed())
              .put("elapsedMillis", summary.elapsed().toMillis())
              .put("report", summary.report().toString()));
    }

    void send(ObjectNode event) {
      if (clientGone) {
        return;
      }
      try {
        out.write(Json.bytes(event));
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        clientGone = true;
      }
    }
  }
}
