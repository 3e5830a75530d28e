package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.access.AccessDeniedException;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are checked whole before anything is kept; roles are checked before any work. */
class CirculationTest {
  private static final Viewer FRANCE = Viewer.delegate("delegate.fra", "FRA");
  private static final String NOTE =
      "Note verbale dated 2 March 2020 from the Permanent Mission of France to the United Nations"
          + " Office at Geneva addressed to the Office of the High Commissioner for Human Rights."
          + " The Permanent Mission has the honour to transmit its contribution and requests that"
          + " it be circulated as a document of the Human Rights Council under agenda item 4.";

  /** The registrar's registration of a government communication dated 2 March 2020. */
  private static final Registration COMMUNICATION =
      new Registration(
          SymbolSeries.GOVERNMENT_COMMUNICATION,
          null,
          LocalDate.of(2020, 3, 2),
          Language.EN,
          Distribution.GENERAL);

  @TempDir Path directory;

  private static Circulation.SubmissionForm form(String mission, Circulation.Upload... files) {
    return new Circulation.SubmissionForm(
        mission,
        Body.HUMAN_RIGHTS_COUNCIL,
        43,
        List.of(4),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        List.of(files));
  }

  /** A document related to {@code base}, in English for general distribution, from one file. */
  private static Circulation.RelatedForm related(
      String base, SymbolSeries series, LocalDate date, String fileName) {
    return new Circulation.RelatedForm(
        base,
        series,
        null,
        date,
        Language.EN,
        Distribution.GENERAL,
        List.of(upload(fileName, NOTE)));
  }

  private static Circulation.Upload upload(String name, String text) {
    return new Circulation.Upload(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anOversizedOrUnreadableUploadIsRefusedWholeAndNothingIsStored() {
    Settings small = Settings.defaults().withLimits(1_000, 4_000, 10);
    try (Installation installation = Installation.open(directory.resolve("data"), small)) {
      Circulation circulation = installation.circulation();
      String big = NOTE.repeat(5);

      assertThatThrownBy(() ->
              circulation.submit(
                  FRANCE, form("FRA", upload("ok.txt", NOTE), upload("big.txt", big))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "big.txt is "
                  + big.getBytes(StandardCharsets.UTF_8).length
                  + " bytes; the largest accepted is 1000");
      assertThatThrownBy(() ->
              circulation.submit(
                  FRANCE,
                  form(
                      "FRA",
                      upload("ok.txt", NOTE),
                      new Circulation.Upload("blank.txt", new byte[0]))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("blank.txt");

      assertThatThrownBy(() ->
              circulation.submit(
                  FRANCE, form("FRA", upload("note.txt", NOTE), upload("again.txt", NOTE))))
          .isInstanceOf(Circulation.RefusedFile.class)
          .hasMessage(
              "again.txt is in en, as note.txt is: a submission takes one file per language");

      assertThat(installation.catalogue().counts().documents()).isZero();
      assertThat(installation.fileStore().hashes()).isEmpty();
      assertThat(installation.catalogue().workflow().auditTrail(0, 10)).isEmpty();
    }
  }

  @Test
  void aTranslationTheDocumentCannotTakeIsRefusedBeforeItsFileIsKept() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      Circulation circulation = installation.circulation();
      long submitted = circulation.submit(FRANCE, form("FRA", upload("note.txt", NOTE)));
      long files = installation.fileStore().hashes().count();

      // Not registered yet: nothing is translated before the secretariat registers it.
      assertThatThrownBy(() ->
              circulation.addTranslation(
                  Viewer.registrar("registrar"),
                  submitted,
                  upload(
                      "note-fr.txt",
                      "Note verbale datée du 2 mars 2020, adressée au Haut-Commissariat aux droits"
                          + " de l'homme par la Mission permanente de la France auprès de l'Office"
                          + " des Nations Unies à Genève. La Mission permanente a l'honneur de"
                          + " transmettre sa contribution et demande qu'elle soit distribuée comme"
                          + " document du Conseil des droits de l'homme au titre du point 4.")))
          .hasMessageContaining("Cannot add a translation to");

      assertThat(installation.fileStore().hashes().count()).isEqualTo(files);
    }
  }

  @Test
  void rolesAreCheckedBeforeAnyWork() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      Circulation circulation = installation.circulation();
      assertThatThrownBy(() -> circulation.submit(FRANCE, form("DEU", upload("n.txt", NOTE))))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("delegate.fra acts for FRA and may not submit for DEU");
      assertThatThrownBy(
              () -> circulation.submit(Viewer.anonymous(), form("FRA", upload("n.txt", NOTE))))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("anonymous (public) may not submit");
      long id = circulation.submit(FRANCE, form("fra", upload("n.txt", NOTE)));
      assertThatThrownBy(() -> circulation.publish(FRANCE, id))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("delegate.fra (delegate) may not publish");
      assertThat(installation.catalogue().document(id).orElseThrow().mission()).isEqualTo("FRA");
    }
  }

  @Test
  void aMissionFollowsItsOwnSubmissionsNewestFirstAndTheSecretariatEveryMissions() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      Circulation circulation = installation.circulation();
      Viewer germany = Viewer.delegate("delegate.deu", "DEU");
      long first = circulation.submit(FRANCE, form("FRA", upload("a.txt", NOTE)));
      long german = circulation.submit(germany, form("DEU", upload("b.txt", NOTE)));
      long second = circulation.submit(FRANCE, form("FRA", upload("c.txt", NOTE)));
      circulation.returnToMission(Viewer.registrar("registrar"), first, "Not on the agenda");

      List<Circulation.Submitted> french = circulation.submissionsOf(FRANCE, Long.MAX_VALUE, 10);
      assertThat(french).extracting(each -> each.document().id()).containsExactly(second, first);
      assertThat(french)
          .extracting(each -> each.document().state())
          .containsExactly(DocumentState.SUBMITTED, DocumentState.RETURNED);
      assertThat(french.get(1).submission().returnReason()).isEqualTo("Not on the agenda");
      assertThat(circulation.submissionsOf(FRANCE, second, 10))
          .extracting(each -> each.document().id())
          .containsExactly(first);
      assertThat(circulation.submissionsOf(Viewer.registrar("registrar"), Long.MAX_VALUE, 10))
          .extracting(each -> each.document().id())
          .containsExactly(second, german, first);
      assertThatThrownBy(() ->
              circulation.submissionsOf(
                  Viewer.translator("translator.fr", Set.of(Language.FR)), Long.MAX_VALUE, 10))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("translator.fr follows no mission's submissions");
    }
  }

  @Test
  void theSecretariatCirculatesACorrigendumInOneStepAndRefusesBeforeStoringAnything() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      Circulation circulation = installation.circulation();
      Viewer registrar = Viewer.registrar("registrar");
      LocalDate date = LocalDate.of(2020, 3, 9);
      long base = circulation.submit(FRANCE, form("FRA", upload("note.txt", NOTE)));
      circulation.register(registrar, base, COMMUNICATION);
      Circulation.RelatedForm corrigendum =
          related("a/hrc/43/g/1", SymbolSeries.CORRIGENDUM, date, "corr.txt");

      assertThatThrownBy(() -> circulation.circulateRelated(FRANCE, corrigendum))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("delegate.fra (delegate) may not register");
      long before = installation.catalogue().counts().documents();
      assertThatThrownBy(() ->
              circulation.circulateRelated(
                  registrar, related("A/HRC/43/G/99", SymbolSeries.CORRIGENDUM, date, "corr.txt")))
          .hasMessage("No document with the symbol A/HRC/43/G/99 was found");
      assertThatThrownBy(() ->
              circulation.circulateRelated(
                  registrar, related("A/HRC/43/G/1", SymbolSeries.CORRIGENDUM, null, "corr.txt")))
          .hasMessage("mastheadDate: expected a value, got none");
      assertThat(installation.catalogue().counts().documents()).isEqualTo(before);

      CataloguedDocument corrected = circulation.circulateRelated(registrar, corrigendum);

      assertThat(corrected.symbol()).isEqualTo("A/HRC/43/G/1/Corr.1");
      assertThat(corrected.state()).isEqualTo(DocumentState.IN_TRANSLATION);
      assertThat(corrected.mission()).isEqualTo("FRA");
      assertThat(circulation.submissionsOf(FRANCE, Long.MAX_VALUE, 1))
          .extracting(each -> each.document().symbol())
          .containsExactly("A/HRC/43/G/1/Corr.1");
    }
  }

  @Test
  void aRelatedDocumentRefusedAtRegistrationLeavesNoSubmissionBehind() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      Circulation circulation = installation.circulation();
      Viewer registrar = Viewer.registrar("registrar");
      long base = circulation.submit(FRANCE, form("FRA", upload("note.txt", NOTE)));
      circulation.register(registrar, base, COMMUNICATION);
      Circulation.RelatedForm reissue =
          related("A/HRC/43/G/1", SymbolSeries.REISSUE, LocalDate.of(2020, 3, 20), "reissue.txt");
      assertThat(circulation.circulateRelated(registrar, reissue).symbol())
          .isEqualTo("A/HRC/43/G/1*");
      long documents = installation.catalogue().counts().documents();
      int waiting = circulation.queue(registrar, 0, 100).size();

      // A second reissue is refused by the allocator, after the submission was written in the
      // same transaction: both are rolled back.
      assertThatThrownBy(() -> circulation.circulateRelated(registrar, reissue))
          .hasMessageContaining("it was reissued already as A/HRC/43/G/1*");

      assertThat(installation.catalogue().counts().documents()).isEqualTo(documents);
      assertThat(circulation.queue(registrar, 0, 100)).hasSize(waiting);
      assertThat(circulation.submissionsOf(FRANCE, Long.MAX_VALUE, 10)).hasSize(2);
    }
  }

  @Test
  void theWorkListIsTheTranslatorsAndTheSecretariatsOnly() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      Circulation circulation = installation.circulation();
      long id = circulation.submit(FRANCE, form("FRA", upload("n.txt", NOTE)));
      Viewer registrar = Viewer.registrar("registrar");
      Viewer translator = Viewer.translator("translator", Set.of(Language.FR));
      assertThat(circulation.inProcessing(translator, 0, 10)).isEmpty();

      circulation.register(registrar, id, COMMUNICATION);

      assertThat(circulation.inProcessing(translator, 0, 10))
          .extracting(CataloguedDocument::symbol)
          .containsExactly("A/HRC/43/G/1");
      assertThat(circulation.inProcessing(registrar, 0, 10)).hasSize(1);
      assertThatThrownBy(() -> circulation.inProcessing(FRANCE, 0, 10))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("delegate.fra (delegate) may not issue");
      assertThatThrownBy(() -> circulation.inProcessing(Viewer.anonymous(), 0, 10))
          .isInstanceOf(AccessDeniedException.class);
    }
  }
}
