package org.dossier.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;
import org.dossier.installation.Circulation;

/**
 * Reads a {@code multipart/form-data} request (an upload form or an API call) into its text fields
 * and its files, as {@link Circulation.Upload}s. The whole body — files and fields together — may
 * be at most {@link WebSettings#maxUploadBytes()}: a larger one is refused as soon as its declared
 * length or the bytes read pass the limit, before anything is kept.
 *
 * <pre>{@code
 * Uploads.Form form = uploads.read(request);          // or Uploads.Refused: 400 or 413
 * String session = form.field("session").orElse(null);
 * List<Circulation.Upload> files = form.files("file");
 * }</pre>
 *
 * <p>A refusal ({@link Refused}) carries the status to answer and a message naming what was wrong
 * (the limit and its setting, the part, or the content type expected); the API turns it into a
 * problem, a page into its form with the message. A file input left empty in a browser form (no
 * name, no bytes) is not a file.
 */
public final class Uploads {
  private final long maxBytes;

  public Uploads(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes: expected at least 1, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The largest request body accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** One uploaded file with the form field it came in. */
  public record File(String field, Circulation.Upload upload) {}

  /** A multipart request read whole: its text fields (each possibly repeated) and its files. */
  public record Form(Map<String, List<String>> fields, List<File> files) {
    public Form {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      fields = Collections.unmodifiableMap(copy);
      files = List.copyOf(files);
    }

    /** The first value of a text field, if it was sent and is not blank. */
    public Optional<String> field(String name) {
      return fields.getOrDefault(name, List.of()).stream()
          .filter(value -> !value.isBlank())
          .findFirst();
    }

    /** Every non-blank value of a repeated text field, in order. */
    public List<String> all(String name) {
      return fields.getOrDefault(name, List.of()).stream()
          .filter(value -> !value.isBlank())
          .toList();
    }

    /** The files sent in field {@code name}, in order. */
    public List<Circulation.Upload> files(String name) {
      return files.stream().filter(file -> file.field().equals(name)).map(File::upload).toList();
    }
  }

  /**
   * The request cannot be read as an upload: 413 when it is larger than the limit, 400 when it is
   * not well-formed {@code multipart/form-data}. {@link #part()} names the field or file at fault,
   * when one is.
   */
  public static final class Refused extends RuntimeException {
    private final Status status;
    private final String part;

    Refused(Status status, String part, String message) {
      super(message);
      this.status = status;
      this.part = part;
    }

    /** 400 or 413. */
    public Status status() {
      return status;
    }

    /** The form field or file name at fault, or {@code null} when it is the whole request. */
    public String part() {
      return part;
    }
  }

  /**
   * Reads the request's fields and files.
   *
   * @throws Refused when the request is larger than the limit (413) or not multipart (400)
   */
  public Form read(ServerRequest request) {
    HelidonRequest context = new HelidonRequest(request);
    if (context.getContentType() == null
        || !context.getContentType().regionMatches(true, 0, "multipart/form-data", 0, 19)) {
      throw new Refused(
          Status.BAD_REQUEST_400,
          null,
          "Expected a multipart/form-data request (a form with files), got Content-Type "
              + Optional.ofNullable(context.getContentType()).orElse("(none)"));
    }
    if (context.getContentLength() > maxBytes) {
      throw tooLarge(context.getContentLength());
    }
    Upload upload = new Upload();
    upload.setSizeMax(maxBytes);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<File> files = new ArrayList<>();
    String current = null;
    try {
      FileItemInputIterator parts = upload.getItemIterator(context);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if (part.getFieldName() == null) {
          throw new Refused(
              Status.BAD_REQUEST_400,
              current,
              "A part of the form has no name (Content-Disposition: form-data; name=\"…\")"
                  + (current == null ? "" : ", after '" + current + "'"));
        }
        current = part.isFormField() ? part.getFieldName() : part.getName();
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
          bytes = in.readAllBytes();
        }
        if (part.isFormField()) {
          fields
              .computeIfAbsent(part.getFieldName(), name -> new ArrayList<>())
              .add(new String(bytes, StandardCharsets.UTF_8));
        } else if (!part.getName().isBlank() || bytes.length > 0) {
          files.add(new File(part.getFieldName(), new Circulation.Upload(fileName(part), bytes)));
        }
      }
    } catch (FileUploadSizeException e) {
      throw tooLarge(e.getActualSize());
    } catch (IOException e) {
      // FileUpload reports both a malformed body and one that ends early as I/O problems.
      if (e.getCause() instanceof FileUploadSizeException size) {
        throw tooLarge(size.getActualSize());
      }
      throw new Refused(
          Status.BAD_REQUEST_400,
          current,
          "The request is not well-formed multipart/form-data"
              + (current == null ? "" : " (at '" + current + "')")
              + ": "
              + e.getMessage());
    }
    return new Form(fields, files);
  }

  private Refused tooLarge(long actual) {
    return new Refused(
        Status.REQUEST_ENTITY_TOO_LARGE_413,
        null,
        "The upload is larger than the limit of "
            + maxBytes
            + " bytes (setting "
            + WebSettings.MAX_UPLOAD_SETTING
            + ")"
            + (actual > maxBytes ? ": it is " + actual + " bytes" : ""));
  }

  /** The file's own name, without any folder a browser may have sent with it. */
  private static String fileName(FileItemInput part) {
    String name = part.getName().replace('\\', '/');
    String last = name.substring(name.lastIndexOf('/') + 1).strip();
    return last.isEmpty() ? part.getFieldName() : last;
  }

  /** Helidon's request as FileUpload reads one: its headers and its body as a stream. */
  private static final class HelidonRequest implements RequestContext {
    private final ServerRequest request;

    HelidonRequest(ServerRequest request) {
      this.request = request;
    }

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public long getContentLength() {
      return request.headers().contentLength().orElse(-1);
    }

    @Override
    public String getContentType() {
      return request.headers().first(HeaderNames.CONTENT_TYPE).orElse(null);
    }

    @Override
    public InputStream getInputStream() {
      return request.content().inputStream();
    }

    @Override
    public boolean isMultipartRelated() {
      return false;
    }
  }

  /**
   * FileUpload's parser over Helidon's request; only its streaming iterator is used (the parts are
   * read into memory, within the limit), so nothing is written to disk.
   */
  private static final class Upload
      extends AbstractFileUpload<ServerRequest, DiskFileItem, DiskFileItemFactory> {
    @Override
    public FileItemInputIterator getItemIterator(ServerRequest request)
        throws FileUploadException, IOException {
      return getItemIterator(new HelidonRequest(request));
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(ServerRequest request) {
      throw new UnsupportedOperationException("parts are read through getItemIterator");
    }

    @Override
    public List<DiskFileItem> parseRequest(ServerRequest request) {
      throw new UnsupportedOperationException("parts are read through getItemIterator");
    }
  }
}
