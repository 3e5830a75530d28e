package org.dossier.catalogue.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.dossier.model.DocumentRecord;

/**
 * The record as kept in the catalogue: the JSON of the record contract ({@code "language": "fr"},
 * {@code "docType": "note-verbale"}, ISO dates), so that a stored record reads like {@code dossier
 * parse} output.
 */
final class RecordJson {
  // The model's enums print their contract spelling from toString().
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private RecordJson() {}

  static String write(DocumentRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot write the record of " + record.source() + " as JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  static DocumentRecord read(String json) {
    try {
      return MAPPER.readValue(json, DocumentRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A record stored in the catalogue is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
