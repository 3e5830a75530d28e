package org.dossier.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} body written by hand (RFC 7578), as a browser sends one, for tests
 * that upload: text fields and files in the order added.
 */
public final class Multipart {
  private final String boundary = "dossier-test-boundary-7MA4YWxkTrZu0gW";
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart field(String name, String value) {
    write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    write(value);
    write("\r\n");
    return this;
  }

  public Multipart file(String name, String fileName, byte[] content) {
    write(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  /** The header's value: {@code multipart/form-data; boundary=…}. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The body, closed by the final boundary. */
  public byte[] bytes() {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.writeBytes(body.toByteArray());
    whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return whole.toByteArray();
  }

  /** A POST of this body to {@code request}'s URI, with its content type. */
  public HttpRequest.Builder post(HttpRequest.Builder request) {
    return request
        .header("Content-Type", contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes()));
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
