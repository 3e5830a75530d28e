package org.dossier.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.understand.RecordJson;
import org.junit.jupiter.api.Test;

/**
 * The catalogue stores records in the contract's JSON through the one implementation {@code dossier
 * parse} prints with. Records stored before, by the catalogue's own Jackson data-binding writer,
 * must read back unchanged: the row below is what that writer produced for this record.
 */
class StoredRecordJsonTest {
  private static final String STORED_BY_THE_EARLIER_WRITER =
      "{\"source\":\"in/kenya.txt\",\"symbol\":\"A/HRC/46/G/5\",\"symbols\":[\"A/HRC/46/G/5\"],"
          + "\"language\":\"fr\",\"originalLanguage\":\"en\",\"organ\":\"General Assembly\","
          + "\"body\":\"Human Rights Council\",\"session\":{\"number\":46,\"start\":\"2021-02-22\","
          + "\"end\":\"2021-03-24\"},\"agendaItems\":[{\"number\":3,\"title\":\"Promotion et"
          + " protection\"}],\"distribution\":\"General\",\"issueDate\":\"2021-03-10\","
          + "\"docType\":\"letter\",\"title\":\"Lettre datée du 3 mars 2021\","
          + "\"titleDate\":\"2021-03-03\",\"sender\":\"le Représentant permanent du Kenya\","
          + "\"addressee\":\"la Présidente du Conseil des droits de l'homme\",\"country\":\"KEN\","
          + "\"jobNumber\":\"GE.21-02871(F)\",\"annexes\":[{\"title\":\"Statement of the"
          + " Ministry\",\"language\":\"en\",\"reproducedAsReceived\":true}],"
          + "\"citations\":[{\"text\":\"résolution 60/251\",\"symbol\":\"A/RES/60/251\"}],"
          + "\"footnotes\":[\"L'annexe est reproduite telle qu'elle a été reçue.\"],"
          + "\"warnings\":[{\"line\":7,\"column\":1,\"code\":\"masthead.date\","
          + "\"message\":\"unreadable date: 31 février 2021\"}]}";

  private static DocumentRecord record() {
    return DocumentRecord.builder("in/kenya.txt")
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

  @Test
  void aRecordStoredByTheEarlierWriterReadsBackUnchanged() {
    assertThat(RecordJson.read(STORED_BY_THE_EARLIER_WRITER)).isEqualTo(record());
  }

  @Test
  void recordsAreStoredExactlyAsBeforeAndRoundTrip() {
    String stored = RecordJson.toJsonLine(record());

    assertThat(stored).isEqualTo(STORED_BY_THE_EARLIER_WRITER);
    assertThat(RecordJson.read(stored)).isEqualTo(record());
  }
}
