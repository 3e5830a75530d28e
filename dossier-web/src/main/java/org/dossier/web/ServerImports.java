package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.installation.ImportListener;
import org.dossier.installation.ImportStages;
import org.dossier.installation.ImportSummary;
import org.dossier.installation.ImportedFile;
import org.dossier.model.Language;

/**
 * Imports through the server holding a data directory: what {@code dossier import} does when {@code
 * dossier serve} runs on the same directory, which one process at a time may open. The files are
 * named by absolute path and read by the server; the progress and the summary come back as the
 * server's import reports them, so the command prints them the same way.
 */
public final class ServerImports {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ServerFile server;

  private ServerImports(ServerFile server) {
    this.server = server;
  }

  /** The server holding {@code dataDirectory}, if one is running. */
  public static Optional<ServerImports> find(Path dataDirectory) {
    return ServerFile.find(dataDirectory.toAbsolutePath().normalize()).map(ServerImports::new);
  }

  /** Where the server listens, for messages. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  /**
   * Has the server import {@code paths} (made absolute here), following its progress.
   *
   * @throws IllegalStateException with the server's explanation when it refuses or fails
   */
  public ImportSummary importFiles(List<Path> paths, ImportListener listener) {
    ArrayNode names = MAPPER.createArrayNode();
    paths.forEach(path -> names.add(path.toAbsolutePath().normalize().toString()));
    HttpRequest request =
        HttpRequest.newBuilder(address().resolve("api/v1/admin/imports"))
            .header("Authorization", "Bearer " + server.token())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    MAPPER.createObjectNode().set("paths", names).toString()))
            .build();
    HttpResponse<Stream<String>> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot reach the server at "
              + address()
              + " holding the data directory: "
              + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the server imported", e);
    }
    try (Stream<String> lines = response.body()) {
      if (response.statusCode() != 200) {
        String detail = read(String.join("\n", lines.toList())).path("detail").asText();
        throw new IllegalStateException(
            "The server at " + address() + " refused the import: " + detail);
      }
      Iterator<String> events = lines.iterator();
      while (events.hasNext()) {
        JsonNode event = read(events.next());
        switch (event.path("event").asText()) {
          case "started" -> listener.started(event.path("files").asInt());
          case "file" -> listener.fileDone(file(event));
          case "summary" -> {
            return summary(event);
          }
          case "error" -> throw new IllegalStateException(event.path("detail").asText());
          default -> {
            // An event this client does not know yet: nothing to show for it.
          }
        }
      }
    }
    throw new IllegalStateException(
        "The server at " + address() + " stopped before the import ended; see its log and reports");
  }

  private static ImportedFile file(JsonNode event) {
    List<String> warnings = new ArrayList<>();
    event.path("warnings").forEach(warning -> warnings.add(warning.asText()));
    return new ImportedFile(
        event.path("source").asText(),
        ImportedFile.Status.valueOf(event.path("status").asText()),
        text(event, "documentKey"),
        Optional.ofNullable(text(event, "language")).flatMap(Language::fromCode).orElse(null),
        text(event, "sha256"),
        warnings,
        text(event, "failure"));
  }

  private static ImportSummary summary(JsonNode event) {
    return new ImportSummary(
        event.path("files").asInt(),
        event.path("documents").asInt(),
        event.path("created").asInt(),
        event.path("unchanged").asInt(),
        event.path("updated").asInt(),
        event.path("warnings").asInt(),
        event.path("failed").asInt(),
        Duration.ofMillis(event.path("elapsedMillis").asLong()),
        Path.of(event.path("report").asText()),
        new ImportStages());
  }

  private static String text(JsonNode event, String field) {
    JsonNode value = event.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static JsonNode read(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("The server answered something that is not JSON: " + line, e);
    }
  }
}
