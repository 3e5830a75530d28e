package org.dossier.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.AkomaNtoso;
import org.dossier.understand.Format;
import org.dossier.understand.ParsedDocument;
import org.dossier.understand.RecordJson;
import org.dossier.web.Library;

/**
 * {@code /api/v1/versions/{lang}/{symbol}}: one language version, current revision. {@code
 * format=json} (default) gives its record (the record contract, as {@code dossier parse} prints it)
 * and clean text; {@code text} the clean text; {@code akn} Akoma Ntoso; {@code original} the file
 * as received.
 */
final class VersionsApi extends ApiResource {
  static final String PATH = "/api/v1/versions";
  static final List<String> FORMATS = List.of("json", "text", "akn", "original");

  private final Library library;

  VersionsApi(Library library, RouteTable table) {
    super(PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("/{lang}/{+symbol}", this::version);
  }

  private void version(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    String format = params.choice("format", "json", FORMATS);
    Language language =
        Language.fromCode(SearchApi.language(request.path().pathParameters().get("lang")))
            .orElseThrow();
    CataloguedDocument document =
        Documents.find(library, request.path().pathParameters().get("symbol"));
    CataloguedVersion version =
        library.catalogue().currentVersions(document.id()).stream()
            .filter(v -> v.language() == language)
            .findFirst()
            .orElseThrow(() ->
                new NotFoundException(
                    document.key()
                        + " has no "
                        + language.code()
                        + " version (it has "
                        + String.join(
                            " ",
                            document.languages().stream().sorted().map(Language::code).toList())
                        + ")",
                    List.of()));
    switch (format) {
      case "text" -> send(response, "text/plain; charset=UTF-8", version.text());
      case "akn" ->
          send(
              response,
              "application/akn+xml; charset=UTF-8",
              AkomaNtoso.write(
                  new ParsedDocument(
                      publicRecord(version),
                      Format.ofMediaType(version.original().mediaType()),
                      version.text())));
      case "original" -> {
        response.header(HeaderNames.CONTENT_TYPE, version.original().mediaType());
        response.header(
            HeaderNames.CONTENT_DISPOSITION,
            "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(version.original().fileName(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        response.send(
            library
                .original(document, language)
                .orElseThrow(() ->
                    new NotFoundException(document.key() + " has no original file", List.of()))
                .bytes());
      }
      default -> {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("symbol", document.symbol());
        node.put("language", language.code());
        node.put("revision", version.revision());
        node.set("record", record(version));
        node.put("text", version.text());
        Json.send(request, response, node);
      }
    }
  }

  /**
   * The record through the record contract's own writer, so the API and the CLI agree, with the
   * public record's source.
   */
  private static JsonNode record(CataloguedVersion version) {
    StringWriter out = new StringWriter();
    RecordJson.write(publicRecord(version), out, false);
    try {
      return Json.MAPPER.readTree(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record as the public sees it: its source is the original file's name, not the path the
   * importing machine read it from (which names the server's folders).
   */
  private static DocumentRecord publicRecord(CataloguedVersion version) {
    return version.record().withSource(version.original().fileName());
  }

  private static void send(ServerResponse response, String type, String body) {
    response.header(HeaderNames.CONTENT_TYPE, type);
    response.send(body.getBytes(StandardCharsets.UTF_8));
  }
}
