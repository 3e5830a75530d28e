package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue written with schema 1 opens, upgraded, and its versions are still matched. */
class SchemaUpgradeTest {
  @TempDir Path directory;

  @Test
  void aSchema1CatalogueIsUpgradedAndItsVersionsMatchByDate() throws SQLException {
    String url = "jdbc:sqlite:" + directory.resolve(Catalogue.DATABASE_FILE);
    Flyway.configure(Catalogue.class.getClassLoader())
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    DocumentRecord english = report(Language.EN);
    try (Connection connection = DriverManager.getConnection(url)) {
      Jdbc.update(
          connection,
          "UPDATE id_sequence SET last_value = 1 WHERE name IN (?, ?)",
          "document",
          "change");
      Jdbc.update(
          connection,
          "INSERT INTO documents (id, provisional_key, doc_type) VALUES (1, ?, ?)",
          "provisional:en-0123456789abcdef",
          DocType.REPORT);
      Jdbc.update(
          connection,
          "INSERT INTO document_symbols (symbol, document_id, kind) VALUES (?, 1, ?)",
          "PROVISIONAL:EN-0123456789ABCDEF",
          Documents.PROVISIONAL);
      Jdbc.update(
          connection,
          "INSERT INTO language_versions (document_id, language, revision, clean_text, job_number,"
              + " issue_date, file_sha256, file_name, media_type, file_size, record_json,"
              + " change_seq) VALUES (1, ?, 1, ?, ?, ?, ?, ?, ?, 1, ?, 1)",
          Language.EN,
          "text",
          english.jobNumber(),
          english.issueDate(),
          "0123456789abcdef".repeat(4),
          "report-en.txt",
          "text/plain",
          RecordJson.toJsonLine(english));
    }

    try (Catalogue catalogue = Catalogue.open(directory)) {
      DocumentRecord french = report(Language.FR);
      PutResult put =
          catalogue.put(
              french,
              "texte",
              OriginalFile.of(
                  "fr".getBytes(StandardCharsets.UTF_8), "report-fr.txt", "text/plain"));

      assertThat(catalogue.schemaVersion()).isEqualTo("6");
      assertThat(put.documentId()).isEqualTo(1);
    }
  }

  private static DocumentRecord report(Language language) {
    return DocumentRecord.builder("report-" + language.code())
        .language(language)
        .originalLanguage(Language.EN)
        .body("Human Rights Council")
        .session(new DocumentRecord.SessionRef(43, null, null))
        .addAgendaItem(new DocumentRecord.AgendaRef(3, null))
        .issueDate(LocalDate.of(2020, 1, 20))
        .docType(DocType.REPORT)
        .jobNumber("GE.20-00800(" + (language == Language.EN ? "E" : "F") + ")")
        .build();
  }
}
