package org.dossier.installation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dossier.catalogue.OriginalFile;
import org.dossier.catalogue.PutResult;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/** Catalogues hand-made records straight into an installation, as an import would. */
final class Records {
  private Records() {}

  /** Stores {@code text} as the original file and catalogues a report version with it. */
  static PutResult put(Installation installation, String symbol, Language language, String text) {
    return put(installation, report(symbol, language).build(), text);
  }

  /** A report version of {@code symbol}, to complete before {@link #put} catalogues it. */
  static DocumentRecord.Builder report(String symbol, Language language) {
    return DocumentRecord.builder(symbol + "-" + language.code() + ".txt")
        .symbol(symbol)
        .addSymbol(symbol)
        .language(language)
        .body("HRC")
        .docType(DocType.REPORT)
        .issueDate(LocalDate.of(2020, 5, 6))
        .title("Report " + symbol);
  }

  /** Stores {@code text} as the original file and catalogues {@code record} with it. */
  static PutResult put(Installation installation, DocumentRecord record, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    installation.fileStore().put(bytes);
    return installation
        .catalogue()
        .put(record, text, OriginalFile.of(bytes, record.source(), "text/plain"));
  }
}
