package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.installation.DemoCorpus;
import org.dossier.installation.ImportListener;
import org.dossier.installation.Installation;
import org.dossier.lang.LanguageConventions;
import org.dossier.search.Hit;
import org.dossier.search.query.Query;
import org.dossier.search.query.QueryParser;
import org.dossier.web.DossierServer;
import org.dossier.web.Library;
import org.dossier.web.UrlPaths;
import org.dossier.web.WebSettings;

/**
 * The web server under load from a second process on loopback, against the same work done
 * in-process on the same index: searches ({@code /api/v1/search}), document reads ({@code
 * /api/v1/documents/{symbol}}) and document pages ({@code /en/{symbol}}, against the same
 * in-process read), each for a bounded number of requests and seconds, with the same number of
 * concurrent clients. The ratios say what HTTP, routing and JSON or HTML cost on top of the search
 * and the catalogue reads themselves: in requests per second, and in this process's CPU time per
 * request (the server's alone when served), which other processes on the machine do not inflate.
 *
 * <p>Usage: {@code WebLoadBenchmark <documents> <work directory> <report file> [clients] [seconds]
 * [max requests]}. The report is Markdown, ready for {@code docs/benchmarks.md}.
 */
public final class WebLoadBenchmark {
  /** Typed queries: words and phrases in the six languages, fields, a date range. */
  private static final List<String> QUERIES =
      List.of(
          "human rights",
          "\"Human Rights Council\"",
          "droits de l'homme",
          "\"derechos humanos\"",
          "права человека",
          "حقوق الإنسان",
          "人权",
          "body:HRC session:43",
          "type:note-verbale",
          "country:CHE",
          "date:2019-01-01..2020-12-31 report",
          "sustainable development NOT terrorism");

  private WebLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("--client")) {
      Client.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length < 3 || args.length > 6) {
      throw new IllegalArgumentException(
          "usage: WebLoadBenchmark <documents> <work directory> <report file> [clients]"
              + " [seconds] [max requests]");
    }
    int documents = Integer.parseInt(args[0]);
    Path work = Path.of(args[1]).toAbsolutePath();
    Path report = Path.of(args[2]);
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    int maxRequests = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
    Path corpus = work.resolve("corpus");
    DemoCorpus.writeIfAbsent(corpus, documents, DemoCorpus.SEED);
    try (Installation installation = Installation.open(work.resolve("data"))) {
      installation.importFiles(List.of(corpus), ImportListener.SILENT);
      Library library = Library.forAnonymousReaders(installation);
      QueryParser parser = new QueryParser(LanguageConventions::countryInAnyLanguage);
      List<Query> queries = new ArrayList<>();
      for (String text : QUERIES) {
        queries.add(parser.parse(text));
      }
      List<String> symbols =
          library
              .search(library.request(new Query.MatchAll()).pageSize(200).snippets(false).build())
              .hits()
              .stream()
              .map(Hit::symbol)
              .filter(symbol -> symbol != null)
              .toList();
      try (DossierServer server =
          DossierServer.start(installation, new WebSettings("127.0.0.1", 0))) {
        String base = "http://127.0.0.1:" + server.port();
        List<String> searchPaths =
            QUERIES.stream()
                .map(q -> "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .toList();
        List<String> documentPaths =
            symbols.stream().map(s -> UrlPaths.encode("/api/v1/documents/" + s)).toList();
        List<String> pagePaths = symbols.stream().map(s -> UrlPaths.encode("/en/" + s)).toList();

        Costed searchInProcess =
            Costed.inProcess(
                clients,
                seconds,
                maxRequests,
                i ->
                    library
                        .search(library.request(queries.get(i % queries.size())).build())
                        .totalHits());
        Costed searchHttp = Costed.served(base, searchPaths, clients, seconds, maxRequests, work);
        Costed documentInProcess =
            Costed.inProcess(
                clients,
                seconds,
                maxRequests,
                i -> {
                  var document = library.document(symbols.get(i % symbols.size())).orElseThrow();
                  return library.catalogue().currentVersions(document.id()).size();
                });
        Costed documentHttp =
            Costed.served(base, documentPaths, clients, seconds, maxRequests, work);
        Costed pageHttp = Costed.served(base, pagePaths, clients, seconds, maxRequests, work);

        StringBuilder out = new StringBuilder();
        out.append(
            String.format(
                Locale.ROOT,
                "Web load: %d documents × 6 languages, %d clients, at most %d s and %d requests per"
                    + " run; HTTP from a second JVM on loopback (keep-alive HTTP/1.1); %d cores,"
                    + " load average %.1f at the end.%n%n",
                documents,
                clients,
                seconds,
                maxRequests,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.append(
            "| work | in-process req/s | p50 ms | p99 ms | HTTP req/s | p50 ms | p99 ms |"
                + " HTTP / in-process | in-process CPU ms/req | server CPU ms/req |"
                + " CPU in-process / server |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        row(out, "search (`/api/v1/search?q=…`, 12 queries)", searchInProcess, searchHttp);
        row(out, "document (`/api/v1/documents/{symbol}`)", documentInProcess, documentHttp);
        row(
            out,
            "document page (`/en/{symbol}`) against the same in-process document read",
            documentInProcess,
            pageHttp);
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
      }
    }
  }

  private static void row(StringBuilder out, String work, Costed local, Costed http) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f (%d errors) | %.3f | %.3f |"
                + " %.2f |%n",
            work,
            local.load().perSecond(),
            local.load().p50Millis(),
            local.load().p99Millis(),
            http.load().perSecond(),
            http.load().p50Millis(),
            http.load().p99Millis(),
            http.load().perSecond() / local.load().perSecond(),
            http.load().errors(),
            local.cpuMillisPerRequest(),
            http.cpuMillisPerRequest(),
            local.cpuMillisPerRequest() / http.cpuMillisPerRequest()));
  }

  /**
   * A load with this process's CPU time over the whole run (warm-up included, as are the JIT and
   * the collector): in process, the work's cost; served, the server's cost of answering, the client
   * being another process. Unlike requests per second it does not count the time other processes
   * held the cores.
   */
  record Costed(Load load, long cpuNanos) {
    double cpuMillisPerRequest() {
      return cpuNanos / 1e6 / load.attempted();
    }

    static Costed inProcess(int clients, int seconds, int maxRequests, Work work)
        throws InterruptedException {
      // Once unmeasured first: the JIT compiles the work's paths before the CPU clock starts, as
      // the
      // server's were by the time it is measured.
      Load.run(clients, Math.max(1, seconds / 2), maxRequests / 2, work);
      long before = processCpuNanos();
      Load load = Load.run(clients, seconds, maxRequests, work);
      return new Costed(load, processCpuNanos() - before);
    }

    static Costed served(
        String base, List<String> paths, int clients, int seconds, int maxRequests, Path work)
        throws IOException, InterruptedException {
      long before = processCpuNanos();
      Load load = remote(base, paths, clients, seconds, maxRequests, work);
      return new Costed(load, processCpuNanos() - before);
    }

    /** Through JMX, as the platform's {@code ProcessCpuTime} attribute is not in Java SE's API. */
    private static long processCpuNanos() {
      try {
        return (Long)
            ManagementFactory.getPlatformMBeanServer()
                .getAttribute(
                    new javax.management.ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME),
                    "ProcessCpuTime");
      } catch (javax.management.JMException e) {
        throw new IllegalStateException("this JVM does not report its CPU time", e);
      }
    }
  }

  /** Runs the client in a second JVM, on the same class path. */
  private static Load remote(
      String base, List<String> paths, int clients, int seconds, int maxRequests, Path work)
      throws IOException, InterruptedException {
    Path pathsFile = Files.write(work.resolve("paths.txt"), paths, StandardCharsets.UTF_8);
    Path result = work.resolve("client-result.txt");
    Files.deleteIfExists(result);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process client =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                WebLoadBenchmark.class.getName(),
                "--client",
                base,
                pathsFile.toString(),
                Integer.toString(clients),
                Integer.toString(seconds),
                Integer.toString(maxRequests),
                result.toString())
            .inheritIO()
            .start();
    if (client.waitFor() != 0) {
      throw new IllegalStateException("the load client failed; see its output above");
    }
    return Load.read(Files.readString(result, StandardCharsets.UTF_8));
  }

  /** Work done by one request, returning something so it cannot be optimised away. */
  @FunctionalInterface
  interface Work {
    long run(int index) throws Exception;
  }

  /**
   * Latencies of a bounded run of concurrent clients; {@code attempted} also counts the warm-up's
   * requests.
   */
  record Load(long requests, double seconds, long[] nanos, long errors, long attempted) {
    double perSecond() {
      return requests / seconds;
    }

    double p50Millis() {
      return nanos[(int) (nanos.length * 0.50)] / 1e6;
    }

    double p99Millis() {
      return nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.99))] / 1e6;
    }

    /**
     * {@code clients} threads do {@code work} in turn until {@code seconds} pass or {@code
     * maxRequests} are done, after an unmeasured warm-up of half that (the JIT compiles the hot
     * paths of both sides during it).
     */
    static Load run(int clients, int seconds, int maxRequests, Work work)
        throws InterruptedException {
      Load warmUp = measure(clients, Math.max(1, seconds / 2), maxRequests / 2, work);
      Load measured = measure(clients, seconds, maxRequests, work);
      return new Load(
          measured.requests,
          measured.seconds,
          measured.nanos,
          measured.errors,
          warmUp.attempted + measured.attempted);
    }

    private static Load measure(int clients, int seconds, int maxRequests, Work work)
        throws InterruptedException {
      long[] latencies = new long[maxRequests];
      AtomicInteger next = new AtomicInteger();
      AtomicLong errors = new AtomicLong();
      AtomicLong sink = new AtomicLong();
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        threads.add(
            Thread.ofPlatform()
                .start(() -> {
                  int i;
                  while (System.nanoTime() < deadline
                      && (i = next.getAndIncrement()) < maxRequests) {
                    long begin = System.nanoTime();
                    try {
                      sink.addAndGet(work.run(i));
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - begin;
                  }
                }));
      }
      for (Thread thread : threads) {
        thread.join();
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      int done = Math.min(next.get(), maxRequests);
      long[] measured = Arrays.copyOf(latencies, done);
      Arrays.sort(measured);
      return new Load(done, elapsed, measured, errors.get(), done);
    }

    String write() {
      StringBuilder line = new StringBuilder();
      line.append(requests).append(' ').append(seconds).append(' ').append(errors);
      line.append(' ').append(attempted);
      for (long each : nanos) {
        line.append(' ').append(each);
      }
      return line.toString();
    }

    static Load read(String line) {
      String[] parts = line.strip().split(" ");
      long[] nanos = new long[parts.length - 4];
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] = Long.parseLong(parts[i + 4]);
      }
      return new Load(
          Long.parseLong(parts[0]),
          Double.parseDouble(parts[1]),
          nanos,
          Long.parseLong(parts[2]),
          Long.parseLong(parts[3]));
    }
  }

  /** The second process: GETs the paths in turn from {@code clients} threads. */
  static final class Client {
    private Client() {}

    static void main(String[] args) throws Exception {
      String base = args[0];
      List<String> paths = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
      int clients = Integer.parseInt(args[2]);
      int seconds = Integer.parseInt(args[3]);
      int maxRequests = Integer.parseInt(args[4]);
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      List<URI> uris = paths.stream().map(p -> URI.create(base + p)).toList();
      Load load =
          Load.run(
              clients,
              seconds,
              maxRequests,
              i -> {
                HttpResponse<byte[]> response =
                    http.send(
                        HttpRequest.newBuilder(uris.get(i % uris.size()))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                  throw new IllegalStateException("HTTP " + response.statusCode());
                }
                return response.body().length;
              });
      try {
        Files.writeString(Path.of(args[5]), load.write(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
