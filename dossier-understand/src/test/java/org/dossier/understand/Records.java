package org.dossier.understand;

import java.time.LocalDate;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/** A complete invented record, every field set, for writer and codec tests. */
final class Records {
  private Records() {}

  static DocumentRecord full() {
    return full("in/kenya.txt");
  }

  static DocumentRecord full(String source) {
    return DocumentRecord.builder(source)
        .symbol("A/HRC/46/G/5")
        .addSymbol("A/HRC/46/G/5")
        .language(Language.FR)
        .originalLanguage(Language.EN)
        .organ("General Assembly")
        .body("Human Rights Council")
        .session(
            new DocumentRecord.SessionRef(46, LocalDate.of(2021, 2, 22), LocalDate.of(2021, 3, 24)))
        .addAgendaItem(new DocumentRecord.AgendaRef(3, "Promotion et protection"))
        .distribution(Distribution.GENERAL)
        .issueDate(LocalDate.of(2021, 3, 10))
        .docType(DocType.LETTER)
        .title("Lettre datée du 3 mars 2021")
        .titleDate(LocalDate.of(2021, 3, 3))
        .sender("le Représentant permanent du Kenya")
        .addressee("la Présidente du Conseil des droits de l'homme")
        .country("KEN")
        .jobNumber("GE.21-02871(F)")
        .addAnnex(new DocumentRecord.Annex("Statement of the Ministry", Language.EN, true))
        .addCitation(new DocumentRecord.Citation("résolution 60/251", "A/RES/60/251"))
        .addFootnote("L'annexe est reproduite telle qu'elle a été reçue.")
        .warn(7, 1, "masthead.date", "unreadable date: 31 février 2021")
        .build();
  }
}
