package org.dossier.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.align.Alignment;
import org.dossier.align.Sentence;
import org.dossier.align.Tmx;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.installation.Installation;
import org.dossier.model.Language;
import org.dossier.web.Library;

/**
 * {@code /api/v1/documents/{symbol}/alignments/{a}/{b}}: a visible document's {@code a} and {@code
 * b} versions aligned sentence by sentence, as JSON pairs or ({@code {b}.tmx}, {@code format=tmx})
 * as a TMX 1.4b translation memory. The installation computes an alignment once and keeps it.
 */
final class AlignmentsApi extends ApiResource {
  private static final String TMX_MEDIA_TYPE = "application/x-tmx+xml";
  private static final String TMX_SUFFIX = ".tmx";

  private final Library library;

  AlignmentsApi(Library library, RouteTable table) {
    super(DocumentsApi.PATH, table);
    this.library = library;
  }

  @Override
  void declare(Routes routes) {
    routes.get("/{+symbol}/alignments/{a}/{b}", this::alignment);
  }

  private void alignment(ServerRequest request, ServerResponse response) {
    Params params = new Params(request);
    String second = request.path().pathParameters().get("b");
    boolean suffixed = second.endsWith(TMX_SUFFIX);
    boolean tmx = suffixed || params.choice("format", "json", List.of("json", "tmx")).equals("tmx");
    Language source = language("a", request.path().pathParameters().get("a"));
    Language target =
        language(
            "b", suffixed ? second.substring(0, second.length() - TMX_SUFFIX.length()) : second);
    if (source == target) {
      throw new BadRequestException(
          "b", "b: expected a language other than a (" + source.code() + ")");
    }
    CataloguedDocument document =
        Documents.find(library, request.path().pathParameters().get("symbol"));
    Alignment alignment = align(document, source, target);
    if (tmx) {
      StringWriter out = new StringWriter();
      Tmx.write(out, List.of(alignment), Installation.dossierVersion());
      Json.send(request, response, out.toString().getBytes(StandardCharsets.UTF_8), TMX_MEDIA_TYPE);
    } else {
      Json.send(request, response, json(document, alignment));
    }
  }

  /** A language version the document does not have is a missing resource: a 404 naming it. */
  private Alignment align(CataloguedDocument document, Language source, Language target) {
    for (Language language : List.of(source, target)) {
      if (!document.languages().contains(language)) {
        throw new NotFoundException(
            document.key()
                + " has no "
                + language.code()
                + " version (it has "
                + String.join(
                    " ", document.languages().stream().sorted().map(Language::code).toList())
                + ")",
            List.of());
      }
    }
    return library.alignment(document, source, target);
  }

  private static ObjectNode json(CataloguedDocument document, Alignment alignment) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("symbol", document.symbol());
    node.put("key", document.key());
    node.put("source", alignment.sourceLanguage());
    node.put("target", alignment.targetLanguage());
    ArrayNode pairs = node.putArray("pairs");
    for (Alignment.Pair pair : alignment.pairs()) {
      ObjectNode each = pairs.addObject();
      side(each.putObject("source"), pair.sourceSentences(), alignment.source());
      side(each.putObject("target"), pair.targetSentences(), alignment.target());
    }
    node.put(
        "tmxHref",
        Documents.link(DocumentsApi.PATH, document)
            + "/alignments/"
            + alignment.sourceLanguage()
            + "/"
            + alignment.targetLanguage()
            + TMX_SUFFIX);
    return node;
  }

  /** One side of a pair: the bead's sentence indices and each sentence with its paragraph. */
  private static void side(ObjectNode node, List<Integer> indices, List<Sentence> sentences) {
    ArrayNode beadIndices = node.putArray("sentenceIndices");
    ArrayNode each = node.putArray("sentences");
    for (int index : indices) {
      beadIndices.add(index);
      Sentence sentence = sentences.get(index);
      each.addObject().put("text", sentence.text()).put("paragraph", sentence.paragraph());
    }
  }

  private static Language language(String parameter, String code) {
    return Language.fromCode(code.strip())
        .orElseThrow(() ->
            new BadRequestException(
                parameter,
                parameter + ": expected one of ar, zh, en, fr, es, ru, got '" + code + "'"));
  }
}
