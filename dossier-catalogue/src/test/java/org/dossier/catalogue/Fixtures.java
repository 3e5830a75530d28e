package org.dossier.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.SessionRef;
import org.dossier.model.Language;

/** Records of synthetic Human Rights Council documents, and a short way to put them. */
final class Fixtures {
  static final String HRC = "Human Rights Council";
  static final LocalDate TITLE_DATE = LocalDate.of(2020, 4, 8);

  private Fixtures() {}

  /**
   * A note verbale of Azerbaijan to the 43rd session under agenda item 4, in {@code language},
   * dated {@link #TITLE_DATE}; {@code symbol} may be {@code null} (none printed).
   */
  static DocumentRecord.Builder noteVerbale(String source, Language language, String symbol) {
    DocumentRecord.Builder builder =
        DocumentRecord.builder(source)
            .language(language)
            .originalLanguage(Language.EN)
            .organ("General Assembly")
            .body(HRC)
            .session(new SessionRef(43, LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 20)))
            .addAgendaItem(new AgendaRef(4, "Item 4 (" + language.code() + ")"))
            .issueDate(LocalDate.of(2020, 5, 6))
            .docType(DocType.NOTE_VERBALE)
            .title("Note verbale " + source)
            .titleDate(TITLE_DATE)
            .country("AZE")
            .jobNumber("GE.20-06123(" + language.code() + ")");
    if (symbol != null) {
      builder.symbol(symbol).addSymbol(symbol);
    }
    return builder;
  }

  /** A report of the 43rd session with the given symbol, in English. */
  static DocumentRecord.Builder report(String symbol) {
    return DocumentRecord.builder(symbol + ".txt")
        .symbol(symbol)
        .addSymbol(symbol)
        .language(Language.EN)
        .body(HRC)
        .session(new SessionRef(43, null, null))
        .docType(DocType.REPORT)
        .title("Report " + symbol);
  }

  /** Puts a record with a file whose bytes are {@code content}. */
  static PutResult put(Catalogue catalogue, DocumentRecord record, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return catalogue.put(
        record, "Clean text of " + content, OriginalFile.of(bytes, record.source(), "text/plain"));
  }

  /** Puts a record with a file made from its source name. */
  static PutResult put(Catalogue catalogue, DocumentRecord record) {
    return put(catalogue, record, "file " + record.source() + " " + record.language());
  }
}
