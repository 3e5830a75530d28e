package org.dossier.understand;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.Annex;
import org.dossier.model.DocumentRecord.Citation;
import org.dossier.model.DocumentRecord.SessionRef;
import org.dossier.model.DocumentRecord.Warning;
import org.dossier.model.Language;

/**
 * The JSON form of a {@link DocumentRecord}, exactly as the record contract spells it: fields in
 * contract order, enum values as contract strings ({@code "fr"}, {@code "General"}, {@code
 * "note-verbale"}), ISO dates, {@code null} and {@code []} for unknowns. Writes one pretty object
 * or one line per record (JSONL), and reads both back.
 */
public final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private RecordJson() {}

  /** The record as an indented JSON object, with a final newline. */
  public static String toPrettyJson(DocumentRecord record) {
    StringWriter out = new StringWriter();
    write(record, out, true);
    return out.append('\n').toString();
  }

  /** The record as one line of JSON, without the newline. */
  public static String toJsonLine(DocumentRecord record) {
    StringWriter out = new StringWriter();
    write(record, out, false);
    return out.toString();
  }

  /** Writes the record to {@code out}, indented or on one line; the writer is left open. */
  public static void write(DocumentRecord record, Writer out, boolean pretty) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      writeRecord(record, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the record of " + record.source(), e);
    }
  }

  private static void writeRecord(DocumentRecord r, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", r.source());
    json.writeStringField("symbol", r.symbol());
    json.writeArrayFieldStart("symbols");
    for (String symbol : r.symbols()) {
      json.writeString(symbol);
    }
    json.writeEndArray();
    json.writeStringField("language", r.language() == null ? null : r.language().code());
    json.writeStringField(
        "originalLanguage", r.originalLanguage() == null ? null : r.originalLanguage().code());
    json.writeStringField("organ", r.organ());
    json.writeStringField("body", r.body());
    if (r.session() == null) {
      json.writeNullField("session");
    } else {
      json.writeObjectFieldStart("session");
      if (r.session().number() == null) {
        json.writeNullField("number");
      } else {
        json.writeNumberField("number", r.session().number());
      }
      json.writeStringField("start", date(r.session().start()));
      json.writeStringField("end", date(r.session().end()));
      json.writeEndObject();
    }
    json.writeArrayFieldStart("agendaItems");
    for (AgendaRef item : r.agendaItems()) {
      json.writeStartObject();
      json.writeNumberField("number", item.number());
      json.writeStringField("title", item.title());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField(
        "distribution", r.distribution() == null ? null : r.distribution().label());
    json.writeStringField("issueDate", date(r.issueDate()));
    json.writeStringField("docType", r.docType() == null ? null : r.docType().id());
    json.writeStringField("title", r.title());
    json.writeStringField("titleDate", date(r.titleDate()));
    json.writeStringField("sender", r.sender());
    json.writeStringField("addressee", r.addressee());
    json.writeStringField("country", r.country());
    json.writeStringField("jobNumber", r.jobNumber());
    json.writeArrayFieldStart("annexes");
    for (Annex annex : r.annexes()) {
      json.writeStartObject();
      json.writeStringField("title", annex.title());
      json.writeStringField("language", annex.language() == null ? null : annex.language().code());
      json.writeBooleanField("reproducedAsReceived", annex.reproducedAsReceived());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("citations");
    for (Citation citation : r.citations()) {
      json.writeStartObject();
      json.writeStringField("text", citation.text());
      json.writeStringField("symbol", citation.symbol());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("footnotes");
    for (String footnote : r.footnotes()) {
      json.writeString(footnote);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("warnings");
    for (Warning warning : r.warnings()) {
      json.writeStartObject();
      json.writeNumberField("line", warning.line());
      json.writeNumberField("column", warning.column());
      json.writeStringField("code", warning.code());
      json.writeStringField("message", warning.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /**
   * Reads one record from a JSON object.
   *
   * @throws IllegalArgumentException naming the field when the JSON is not a valid record
   */
  public static DocumentRecord read(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a record must be a JSON object");
    }
    return fromNode(node);
  }

  /**
   * Reads records one per line (JSONL), skipping blank lines.
   *
   * @throws IllegalArgumentException naming the line and field of the first invalid record
   */
  public static List<DocumentRecord> readLines(Reader in) throws IOException {
    List<DocumentRecord> records = new ArrayList<>();
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        records.add(read(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return records;
  }

  private static DocumentRecord fromNode(JsonNode n) {
    DocumentRecord.Builder b = DocumentRecord.builder(text(n, "source"));
    b.symbol(text(n, "symbol"));
    for (JsonNode symbol : array(n, "symbols")) {
      b.addSymbol(symbol.asText());
    }
    b.language(enumValue(n, "language", Language::fromCode));
    b.originalLanguage(enumValue(n, "originalLanguage", Language::fromCode));
    b.organ(text(n, "organ"));
    b.body(text(n, "body"));
    JsonNode session = n.get("session");
    if (session != null && session.isObject()) {
      JsonNode number = session.get("number");
      b.session(
          new SessionRef(
              number == null || number.isNull() ? null : number.asInt(),
              date(session, "start"),
              date(session, "end")));
    }
    for (JsonNode item : array(n, "agendaItems")) {
      b.addAgendaItem(new AgendaRef(item.path("number").asInt(), text(item, "title")));
    }
    b.distribution(enumValue(n, "distribution", Distribution::fromLabel));
    b.issueDate(date(n, "issueDate"));
    b.docType(enumValue(n, "docType", DocType::fromId));
    b.title(text(n, "title"));
    b.titleDate(date(n, "titleDate"));
    b.sender(text(n, "sender"));
    b.addressee(text(n, "addressee"));
    b.country(text(n, "country"));
    b.jobNumber(text(n, "jobNumber"));
    for (JsonNode annex : array(n, "annexes")) {
      b.addAnnex(
          new Annex(
              text(annex, "title"),
              enumValue(annex, "language", Language::fromCode),
              annex.path("reproducedAsReceived").asBoolean(false)));
    }
    for (JsonNode citation : array(n, "citations")) {
      b.addCitation(new Citation(text(citation, "text"), text(citation, "symbol")));
    }
    for (JsonNode footnote : array(n, "footnotes")) {
      b.addFootnote(footnote.asText());
    }
    for (JsonNode warning : array(n, "warnings")) {
      b.warn(
          warning.path("line").asInt(),
          warning.path("column").asInt(),
          warning.path("code").asText(""),
          warning.path("message").asText(""));
    }
    return b.build();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be an array");
    }
    return value;
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field '" + field + "' must be an ISO date (yyyy-mm-dd), got '" + value + "'", e);
    }
  }

  private static <T> T enumValue(
      JsonNode node, String field, Function<String, java.util.Optional<T>> parse) {
    String value = text(node, field);
    if (value == null) {
      return null;
    }
    return parse
        .apply(value)
        .orElseThrow(() ->
            new IllegalArgumentException(
                "field '" + field + "' has an unknown value '" + value + "'"));
  }
}
