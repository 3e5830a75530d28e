package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.webserver.WebServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link Uploads} on a real Helidon server: a route reads the request and echoes what it read, or
 * the refusal's status, message and part. The limit is 1,000 bytes, so the cases are small.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadsTest {
  private static final long LIMIT = 1_000;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private WebServer server;

  @BeforeAll
  void start() {
    Uploads uploads = new Uploads(LIMIT);
    server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .shutdownHook(false)
            .routing(routing ->
                routing.post(
                    "/upload",
                    (request, response) -> {
                      try {
                        Uploads.Form form = uploads.read(request);
                        StringBuilder echo = new StringBuilder();
                        form.fields()
                            .forEach((name, values) ->
                                echo.append(name).append('=').append(values).append('\n'));
                        for (Uploads.File file : form.files()) {
                          echo.append(file.field())
                              .append(": ")
                              .append(file.upload().fileName())
                              .append(' ')
                              .append(new String(file.upload().bytes(), StandardCharsets.UTF_8))
                              .append('\n');
                        }
                        response.send(echo.toString());
                      } catch (Uploads.Refused e) {
                        response.status(e.status());
                        response.send(e.getMessage() + " | part " + e.part());
                      }
                    }))
            .build()
            .start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void readsFieldsInUtf8RepeatedFieldsAndFilesWithoutTheirFolders() {
    Multipart body =
        new Multipart()
            .field("session", "43")
            .field("agendaItem", "4")
            .field("agendaItem", "5")
            .field("reason", "Не по повестке дня")
            .file(
                "file",
                "C:\\Users\\delegate\\note-fr.txt",
                "Note verbale".getBytes(StandardCharsets.UTF_8))
            .file("file", "مذكرة شفوية.txt", "مذكرة".getBytes(StandardCharsets.UTF_8))
            .file("file", "", new byte[0]);

    HttpResponse<String> echo = post(body.contentType(), body.bytes());

    assertThat(echo.statusCode()).isEqualTo(200);
    assertThat(echo.body())
        .isEqualTo(
            "session=[43]\nagendaItem=[4, 5]\nreason=[Не по повестке дня]\n"
                + "file: note-fr.txt Note verbale\n"
                + "file: مذكرة شفوية.txt مذكرة\n");
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413NamingTheLimitAndTheSetting() {
    byte[] large = new byte[1_200];
    Arrays.fill(large, (byte) 'x');
    Multipart body = new Multipart().file("file", "big.txt", large);

    HttpResponse<String> declared = post(body.contentType(), body.bytes());

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body())
        .startsWith(
            "The upload is larger than the limit of 1000 bytes (setting"
                + " web.max-upload-bytes)");
  }

  @Test
  void aBodySentWithoutItsLengthIsCountedAsItArrives() {
    byte[] large = new byte[1_200];
    Arrays.fill(large, (byte) 'x');
    Multipart body = new Multipart().file("file", "big.txt", large);
    HttpRequest chunked =
        HttpRequest.newBuilder(uri())
            .header("Content-Type", body.contentType())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(body.bytes())))
            .build();

    HttpResponse<String> answer = send(chunked);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("limit of 1000 bytes (setting web.max-upload-bytes)");
  }

  @Test
  void aRequestThatIsNotMultipartIsA400NamingTheContentTypeExpected() {
    HttpResponse<String> answer =
        post("application/json", "{\"session\": 43}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo(
            "Expected a multipart/form-data request (a form with files), got Content-Type"
                + " application/json | part null");
  }

  @Test
  void aMalformedBodyIsA400NamingThePartItBrokeIn() {
    Multipart body = new Multipart().field("session", "43");
    byte[] whole = body.bytes();
    // Cut inside the closing boundary: the form never ends.
    byte[] truncated = Arrays.copyOf(whole, whole.length - 12);
    String withPart =
        "--dossier-test-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data;"
            + " name=\"file\"; filename=\"note.txt\"\r\n\r\nNote verbale without its end";

    HttpResponse<String> cut = post(body.contentType(), truncated);
    HttpResponse<String> unfinished =
        post(body.contentType(), withPart.getBytes(StandardCharsets.UTF_8));
    String cutInHeaders =
        "--dossier-test-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data;"
            + " name=\"file\"; filena";
    HttpResponse<String> inHeaders =
        post(body.contentType(), cutInHeaders.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> noBoundary =
        post("multipart/form-data", "session=43".getBytes(StandardCharsets.UTF_8));

    assertThat(cut.statusCode()).isEqualTo(400);
    assertThat(cut.body()).startsWith("The request is not well-formed multipart/form-data");
    assertThat(unfinished.statusCode()).isEqualTo(400);
    assertThat(unfinished.body())
        .startsWith("The request is not well-formed multipart/form-data (at 'note.txt')")
        .endsWith("| part note.txt");
    assertThat(inHeaders.statusCode()).as(inHeaders.body()).isEqualTo(400);
    assertThat(inHeaders.body()).startsWith("The request is not well-formed multipart/form-data");
    assertThat(noBoundary.statusCode()).isEqualTo(400);
    assertThat(noBoundary.body()).startsWith("The request is not well-formed multipart/form-data");
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> new Uploads(0)).hasMessage("maxBytes: expected at least 1, got 0");
  }

  private HttpResponse<String> post(String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + server.port() + "/upload");
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
