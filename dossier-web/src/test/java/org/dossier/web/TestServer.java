package org.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.ImportListener;
import org.dossier.installation.Installation;

/**
 * A real server on an ephemeral loopback port over a temporary installation holding a generated
 * corpus, for tests of the API and the pages. Start one per test class ({@code @BeforeAll}) and
 * close it after ({@code @AfterAll}).
 *
 * <pre>{@code
 * static TestServer server;
 * @BeforeAll static void start() { server = TestServer.start(12); }
 * @AfterAll static void stop() { server.close(); }
 * ... server.get("/api/v1/search?q=rights") ...
 * }</pre>
 */
public final class TestServer implements AutoCloseable {
  /** The seed of the corpus tests serve (the demo's). */
  public static final long SEED = DemoCorpus.SEED;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Path directory;
  private final Installation installation;
  private final DossierServer server;

  private TestServer(Path directory, Installation installation, DossierServer server) {
    this.directory = directory;
    this.installation = installation;
    this.server = server;
  }

  /** Generates {@code documents} documents (six languages each), imports them and serves them. */
  public static TestServer start(int documents) {
    try {
      Path directory = Files.createTempDirectory("dossier-web-test");
      Path corpus = directory.resolve("corpus");
      DemoCorpus.write(corpus, documents, SEED);
      Installation installation = Installation.open(directory.resolve("data"));
      installation.importFiles(List.of(corpus), ImportListener.SILENT);
      return new TestServer(
          directory,
          installation,
          DossierServer.start(installation, new WebSettings("127.0.0.1", 0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Installation installation() {
    return installation;
  }

  public DossierServer server() {
    return server;
  }

  /** The absolute URI of a path on the server ({@code /api/v1/search?q=x}). */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  /** A GET of the path, redirects not followed. */
  public HttpResponse<String> get(String pathAndQuery, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Sends a request, redirects not followed. */
  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    installation.close();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
