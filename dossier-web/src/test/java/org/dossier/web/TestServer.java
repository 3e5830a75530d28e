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
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.ImportListener;
import org.dossier.installation.Installation;

/**
 * A real server on an ephemeral loopback port over a temporary installation holding a generated
 * corpus, for tests of the API and the pages. Tests that only read use {@link #shared()}; a test
 * that writes starts its own ({@link #start}) and closes it.
 *
 * <pre>{@code
 * TestServer server = TestServer.shared();
 * HttpResponse<String> page = server.get("/api/v1/search?q=rights");
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

  /** Documents in the {@link #shared()} server's corpus. */
  public static final int SHARED_DOCUMENTS = 24;

  private static TestServer shared;

  private final Path directory;
  private final int documents;
  private final Installation installation;
  private final DossierServer server;

  private TestServer(
      Path directory, int documents, Installation installation, DossierServer server) {
    this.directory = directory;
    this.documents = documents;
    this.installation = installation;
    this.server = server;
  }

  /**
   * One server of {@value #SHARED_DOCUMENTS} documents for every test class of the JVM that only
   * reads, started on first use and stopped when the JVM exits: importing once saves each class the
   * import.
   */
  public static synchronized TestServer shared() {
    if (shared == null) {
      shared = start(SHARED_DOCUMENTS);
      TestServer stopping = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(stopping::close));
    }
    return shared;
  }

  /**
   * The generator's truth about the served corpus: what each document really is, known
   * independently of what Dossier made of it.
   */
  public List<GeneratedDocument> truth() {
    return new CorpusGenerator(SEED).documents(documents).toList();
  }

  /** Where the served corpus was written (its files, as imported). */
  public Path corpus() {
    return directory.resolve("corpus");
  }

  /** Generates {@code documents} documents (six languages each), imports them and serves them. */
  public static TestServer start(int documents) {
    return start(documents, new WebSettings("127.0.0.1", 0));
  }

  /** As {@link #start(int)}, served with {@code settings} (their port: 0). */
  public static TestServer start(int documents, WebSettings settings) {
    try {
      Path directory = Files.createTempDirectory("dossier-web-test");
      Path corpus = directory.resolve("corpus");
      DemoCorpus.write(corpus, documents, SEED);
      Installation installation = Installation.open(directory.resolve("data"));
      installation.importFiles(List.of(corpus), ImportListener.SILENT);
      return new TestServer(
          directory, documents, installation, DossierServer.start(installation, settings));
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
