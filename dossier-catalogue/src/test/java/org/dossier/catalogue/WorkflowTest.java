package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/**
 * The circulation workflow, the symbol allocator and the audit trail on the embedded catalogue;
 * {@link PostgresWorkflowTest} runs the same tests on PostgreSQL.
 */
class WorkflowTest extends CatalogueFixture {
  static final String ACTOR = "registrar1";

  /** A mission's note verbale to the 43rd session of the HRC, in one language, without symbol. */
  static Submission.Request request(String mission, String name, Language... languages) {
    List<VersionInput> versions = new ArrayList<>();
    for (Language language : languages) {
      DocumentRecord record = Fixtures.noteVerbale(name, language, null).country(mission).build();
      byte[] bytes = (name + " " + language).getBytes(StandardCharsets.UTF_8);
      versions.add(
          new VersionInput(
              record, "Text of " + name, OriginalFile.of(bytes, name + ".txt", "text/plain")));
    }
    return new Submission.Request(
        mission, SymbolSeries.GOVERNMENT_COMMUNICATION, null, Distribution.GENERAL, versions);
  }

  static VersionInput translation(String name, Language language) {
    DocumentRecord record = Fixtures.noteVerbale(name, language, null).build();
    byte[] bytes = (name + " translated " + language).getBytes(StandardCharsets.UTF_8);
    return new VersionInput(
        record,
        "Translated " + name,
        OriginalFile.of(bytes, name + "-" + language.code() + ".txt", "text/plain"));
  }

  static Registration government(LocalDate date) {
    return new Registration(
        SymbolSeries.GOVERNMENT_COMMUNICATION, null, date, Language.EN, Distribution.GENERAL);
  }

  /** Connections straight to the database, bypassing the catalogue. */
  Connection rawConnection() throws SQLException {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl(
        "jdbc:sqlite:" + directory.resolve("catalogue").resolve(Catalogue.DATABASE_FILE));
    return dataSource.getConnection();
  }

  /**
   * The catalogues registrars allocate through at the same time: here one embedded catalogue shared
   * by every thread, since one process at a time writes an embedded catalogue (SQLite's write lock,
   * held by its writer connection); on a server each registrar has its own.
   */
  List<Catalogue> registrarDesks(int registrars) {
    return Collections.nCopies(registrars, catalogue);
  }

  @Test
  void aSubmissionIsNotAProvisionalImportAndGetsNoSymbolButByRegistration() {
    long imported =
        Fixtures.put(
                catalogue,
                Fixtures.noteVerbale("imported", Language.FR, null)
                    .titleDate(null)
                    .issueDate(null)
                    .jobNumber(null)
                    .build())
            .documentId();
    long submitted = catalogue.workflow().submit(request("FRA", "nv", Language.EN), "delegate.fra");
    String key = catalogue.document(submitted).orElseThrow().key();

    assertThat(catalogue.documents(DocumentFilter.PROVISIONAL, 0, 10))
        .extracting(CataloguedDocument::id)
        .containsExactly(imported);
    assertThat(catalogue.counts().provisionalDocuments()).isEqualTo(1);
    assertThatThrownBy(() -> catalogue.assignSymbol(key, "A/HRC/43/G/99"))
        .hasMessage(
            "Cannot assign a symbol to "
                + key
                + ": it is FRA's submission, which takes the next symbol of its series when a"
                + " registrar registers it");
    String importedKey = catalogue.document(imported).orElseThrow().key();
    assertThatThrownBy(() -> catalogue.merge(importedKey, key))
        .hasMessageEndingWith(
            key + " is FRA's submission, whose versions come through the circulation workflow");
    assertThat(catalogue.document(submitted).orElseThrow().symbol()).isNull();
    assertThat(catalogue.document(imported)).isPresent();
  }

  @Test
  void aSubmissionGoesFromMissionToPublicationWithItsTasksNotificationsAndAudit() {
    Workflow workflow = catalogue.workflow();
    long id = workflow.submit(request("FRA", "nv-france", Language.EN), "delegate.fra");

    assertThat(catalogue.document(id).orElseThrow().state()).isEqualTo(DocumentState.SUBMITTED);
    assertThat(workflow.registrationQueue(0, 10)).extracting(CataloguedDocument::id).contains(id);

    CataloguedDocument registered =
        workflow.register(id, government(LocalDate.of(2020, 3, 2)), ACTOR);
    assertThat(registered.symbol()).isEqualTo("A/HRC/43/G/1");
    assertThat(registered.state()).isEqualTo(DocumentState.IN_TRANSLATION);
    assertThat(workflow.tasks(id))
        .extracting(task -> task.language().code() + ":" + task.status() + ":" + task.reference())
        .containsExactly(
            "ar:PENDING:false",
            "en:DONE:true",
            "es:PENDING:false",
            "fr:PENDING:false",
            "ru:PENDING:false",
            "zh:PENDING:false");

    for (Language language : List.of(Language.AR, Language.ES, Language.FR, Language.RU)) {
      workflow.startTranslation(id, language, "translator");
      workflow.addTranslation(id, translation("nv-france", language), "translator");
    }
    assertThatThrownBy(() ->
            workflow.issue(id, Language.ZH, LocalDate.of(2020, 3, 5), "GE.20-03001(C)", ACTOR))
        .isInstanceOf(CatalogueException.class)
        .hasMessage(
            "Cannot issue the zh version of A/HRC/43/G/1: it is PENDING,"
                + " expected DONE (translated)");
    workflow.addTranslation(id, translation("nv-france", Language.ZH), "translator");
    workflow.markAnnexOriginalOnly(id, Language.ZH, "translator");
    assertThat(catalogue.document(id).orElseThrow().state()).isEqualTo(DocumentState.REGISTERED);
    assertThatThrownBy(() -> workflow.publish(id, ACTOR))
        .hasMessage("Cannot publish A/HRC/43/G/1: it is REGISTERED, expected ISSUED");

    int job = 3001;
    for (Language language :
        List.of(Language.AR, Language.EN, Language.ES, Language.FR, Language.RU, Language.ZH)) {
      workflow.issue(id, language, LocalDate.of(2020, 3, 5), "GE.20-0" + job++, ACTOR);
    }
    assertThat(catalogue.document(id).orElseThrow().state()).isEqualTo(DocumentState.ISSUED);
    assertThat(catalogue.currentVersions(id))
        .extracting(CataloguedVersion::jobNumber)
        .containsExactly(
            "GE.20-03001",
            "GE.20-03002",
            "GE.20-03003",
            "GE.20-03004",
            "GE.20-03005",
            "GE.20-03006");
    workflow.publish(id, ACTOR);
    assertThat(catalogue.document(id).orElseThrow().state()).isEqualTo(DocumentState.PUBLISHED);
    assertThat(workflow.tasks(id))
        .filteredOn(TranslationTask::annexOriginalOnly)
        .extracting(TranslationTask::language)
        .containsExactly(Language.ZH);

    assertThat(workflow.notifications("fra", 0, 100))
        .extracting(Notification::message)
        .containsExactly(
            "Submission submission:" + id + " received; it waits for registration.",
            "submission:" + id + " was registered as A/HRC/43/G/1.",
            "A/HRC/43/G/1: every language version is issued.",
            "A/HRC/43/G/1 was published.");
    assertThat(workflow.notifications("FRA", 0, 100))
        .extracting(Notification::event)
        .containsExactly(
            new NotificationEvent(NotificationEvent.Kind.RECEIVED, "submission:" + id, null, null),
            new NotificationEvent(
                NotificationEvent.Kind.REGISTERED, "submission:" + id, "A/HRC/43/G/1", null),
            new NotificationEvent(NotificationEvent.Kind.ISSUED, "A/HRC/43/G/1", null, null),
            new NotificationEvent(NotificationEvent.Kind.PUBLISHED, "A/HRC/43/G/1", null, null));
    assertThat(workflow.notifications("DEU", 0, 100)).isEmpty();

    List<AuditEntry> audit = workflow.auditTrail(0, 1000);
    assertThat(audit.getFirst())
        .extracting(
            AuditEntry::actor,
            AuditEntry::action,
            AuditEntry::subject,
            AuditEntry::before,
            AuditEntry::after)
        .containsExactly("delegate.fra", "submit", "submission:" + id, null, "SUBMITTED");
    assertThat(audit.getLast())
        .extracting(
            AuditEntry::actor,
            AuditEntry::action,
            AuditEntry::subject,
            AuditEntry::before,
            AuditEntry::after)
        .containsExactly(ACTOR, "publish", "A/HRC/43/G/1", "ISSUED", "PUBLISHED");
    assertThat(audit)
        .extracting(AuditEntry::action)
        .contains(
            "register",
            "translation.start",
            "translation.upload",
            "translation.annex-original-only",
            "issue",
            "state");
  }

  @Test
  void theWorkListHoldsRegisteredDocumentsUntilTheyArePublished() {
    Workflow workflow = catalogue.workflow();
    long waiting = workflow.submit(request("FRA", "nv-waiting", Language.EN), "delegate.fra");
    long translating = workflow.submit(request("FRA", "nv-translating", Language.EN), "d");
    long complete = workflow.submit(request("FRA", "nv-complete", Language.values()), "d");
    workflow.register(translating, government(LocalDate.of(2020, 3, 2)), ACTOR);
    workflow.register(complete, government(LocalDate.of(2020, 3, 2)), ACTOR);

    assertThat(workflow.inProcessing(0, 10))
        .extracting(CataloguedDocument::id)
        .containsExactly(translating, complete)
        .doesNotContain(waiting);
    assertThat(workflow.inProcessing(translating, 10))
        .extracting(CataloguedDocument::id)
        .containsExactly(complete);

    int job = 4001;
    for (Language language : Language.values()) {
      workflow.issue(complete, language, LocalDate.of(2020, 3, 5), "GE.20-0" + job++, ACTOR);
    }
    assertThat(workflow.inProcessing(0, 10))
        .as("an issued document still waits for publication")
        .extracting(CataloguedDocument::id)
        .containsExactly(translating, complete);
    workflow.publish(complete, ACTOR);
    assertThat(workflow.inProcessing(0, 10))
        .extracting(CataloguedDocument::id)
        .containsExactly(translating);
  }

  @Test
  void aReturnedSubmissionCarriesItsReasonAndCannotBeRegistered() {
    Workflow workflow = catalogue.workflow();
    long id = workflow.submit(request("FRA", "nv", Language.FR), "delegate.fra");
    workflow.returnToMission(id, "The agenda item is missing.", ACTOR);

    assertThat(workflow.submission(id).orElseThrow().returnReason())
        .isEqualTo("The agenda item is missing.");
    assertThat(catalogue.document(id).orElseThrow().state()).isEqualTo(DocumentState.RETURNED);
    assertThatThrownBy(() -> workflow.register(id, government(LocalDate.of(2020, 3, 2)), ACTOR))
        .hasMessageStartingWith("Cannot register submission:" + id + ": it is RETURNED");
    assertThat(workflow.notifications("FRA", 0, 10))
        .extracting(Notification::message)
        .contains("submission:" + id + " was returned: The agenda item is missing.");
    assertThat(workflow.notifications("FRA", 0, 10).getLast().event())
        .isEqualTo(
            new NotificationEvent(
                NotificationEvent.Kind.RETURNED,
                "submission:" + id,
                null,
                "The agenda item is missing."));
  }

  @Test
  void aNotificationStoredBeforeEventsWereKeptIsReadWithItsEnglishTextAlone() throws SQLException {
    long id = catalogue.workflow().submit(request("FRA", "nv", Language.EN), "delegate.fra");
    catalogue.close();
    try (Connection connection = rawConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO notifications (id, mission, document_id, created_at, message)"
                    + " VALUES (1000, 'FRA', ?, '2020-03-02T10:00:00Z', 'Old words.')")) {
      insert.setLong(1, id);
      insert.executeUpdate();
    }

    Notification old = catalogue.workflow().notifications("FRA", 0, 10).getLast();
    assertThat(old.id()).isEqualTo(1000);
    assertThat(old.event()).isNull();
    assertThat(old.message()).isEqualTo("Old words.");
  }

  @Test
  void theAllocatorSkipsNumbersImportedDocumentsHoldAndNumbersFamiliesFromTheirBase() {
    Fixtures.put(catalogue, Fixtures.noteVerbale("g1", Language.EN, "A/HRC/43/G/1").build());
    Fixtures.put(catalogue, Fixtures.noteVerbale("g3", Language.EN, "A/HRC/43/G/3").build());
    Workflow workflow = catalogue.workflow();
    LocalDate date = LocalDate.of(2020, 3, 2);

    long first = workflow.submit(request("FRA", "a", Language.EN), "d");
    long second = workflow.submit(request("FRA", "b", Language.EN), "d");
    assertThat(workflow.register(first, government(date), ACTOR).symbol())
        .isEqualTo("A/HRC/43/G/2");
    assertThat(workflow.register(second, government(date), ACTOR).symbol())
        .isEqualTo("A/HRC/43/G/4");

    long addendum = workflow.submit(request("FRA", "c", Language.EN), "d");
    CataloguedDocument add =
        workflow.register(
            addendum,
            new Registration(
                SymbolSeries.ADDENDUM, "a/hrc/43/g/2", date, Language.EN, Distribution.GENERAL),
            ACTOR);
    assertThat(add.symbol()).isEqualTo("A/HRC/43/G/2/Add.1");
    assertThat(add.familyRelation()).isEqualTo(FamilyRelation.ADDENDUM);
    assertThat(catalogue.familyMembers(first))
        .extracting(CataloguedDocument::symbol)
        .containsExactly("A/HRC/43/G/2/Add.1");

    long draft = workflow.submit(request("FRA", "l", Language.EN), "d");
    assertThat(
            workflow
                .register(
                    draft,
                    new Registration(
                        SymbolSeries.DRAFT, null, date, Language.EN, Distribution.LIMITED),
                    ACTOR)
                .symbol())
        .isEqualTo("A/HRC/43/L.1");

    long reissue = workflow.submit(request("FRA", "r", Language.EN), "d");
    assertThat(
            workflow
                .register(
                    reissue,
                    new Registration(
                        SymbolSeries.REISSUE,
                        "A/HRC/43/G/4",
                        date,
                        Language.EN,
                        Distribution.GENERAL),
                    ACTOR)
                .symbol())
        .isEqualTo("A/HRC/43/G/4*");

    long unknownBase = workflow.submit(request("FRA", "u", Language.EN), "d");
    assertThatThrownBy(() ->
            workflow.register(
                unknownBase,
                new Registration(
                    SymbolSeries.CORRIGENDUM,
                    "A/HRC/43/G/99",
                    date,
                    Language.EN,
                    Distribution.GENERAL),
                ACTOR))
        .hasMessage(
            "Cannot register submission:"
                + unknownBase
                + " as a CORRIGENDUM: no document is known as A/HRC/43/G/99");
    // The failed registration left nothing behind: the document still waits.
    assertThat(catalogue.document(unknownBase).orElseThrow().state())
        .isEqualTo(DocumentState.SUBMITTED);
  }

  @Test
  void concurrentRegistrarsOnSeparateConnectionsNeverAllocateOneSymbolTwice() throws Exception {
    int registrars = 6;
    int perRegistrar = 8;
    Workflow workflow = catalogue.workflow();
    List<Long> waiting = new ArrayList<>();
    for (int i = 0; i < registrars * perRegistrar; i++) {
      waiting.add(workflow.submit(request("FRA", "nv" + i, Language.EN), "d"));
    }
    List<Catalogue> desks = registrarDesks(registrars);
    ConcurrentLinkedQueue<String> symbols = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(registrars);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int r = 0; r < registrars; r++) {
        Catalogue desk = desks.get(r);
        List<Long> mine = waiting.subList(r * perRegistrar, (r + 1) * perRegistrar);
        done.add(
            threads.submit(() -> {
              start.await();
              for (long id : mine) {
                symbols.add(
                    desk.workflow()
                        .register(id, government(LocalDate.of(2020, 3, 2)), "registrar")
                        .symbol());
              }
              return null;
            }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
      desks.stream().filter(desk -> desk != catalogue).forEach(Catalogue::close);
    }
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= registrars * perRegistrar; n++) {
      expected.add("A/HRC/43/G/" + n);
    }
    assertThat(symbols)
        .hasSize(registrars * perRegistrar)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theAuditTrailRefusesUpdatesAndDeletesFromAnyConnection() throws SQLException {
    catalogue.workflow().submit(request("FRA", "nv", Language.EN), "delegate.fra");
    catalogue.close();
    try (Connection connection = rawConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_trail SET actor = 'someone'"))
          .hasMessageContaining("the audit trail is append-only");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_trail"))
          .hasMessageContaining("the audit trail is append-only");
    }
    assertThat(catalogue.workflow().auditTrail(0, 10))
        .extracting(AuditEntry::actor)
        .containsExactly("delegate.fra");
  }

  @Test
  void aSubmittedFileAlreadyImportedStillBecomesTheSubmissionsVersion() {
    PutResult imported =
        Fixtures.put(
            catalogue,
            Fixtures.noteVerbale("nv-dup", Language.EN, "A/HRC/43/G/9").build(),
            "nv-dup " + Language.EN);
    long submitted = catalogue.workflow().submit(request("FRA", "nv-dup", Language.EN), "d");

    assertThat(submitted).isNotEqualTo(imported.documentId());
    assertThat(catalogue.currentVersions(submitted))
        .extracting(CataloguedVersion::language)
        .containsExactly(Language.EN);
    assertThat(catalogue.currentVersions(imported.documentId())).hasSize(1);
  }

  @Test
  void importsWithoutSymbolJoinTheQueueButNeverMatchASubmission() {
    long submitted = catalogue.workflow().submit(request("FRA", "nv", Language.EN), "d");
    // The same note verbale, imported in French without symbol: the matcher would join it to an
    // imported English version, but never to a mission's submission.
    PutResult imported =
        Fixtures.put(catalogue, Fixtures.noteVerbale("nv-fr", Language.FR, null).build());
    assertThat(imported.documentId()).isNotEqualTo(submitted);
    assertThat(catalogue.workflow().registrationQueue(0, 10))
        .extracting(CataloguedDocument::id)
        .containsExactly(submitted, imported.documentId());
    assertThat(catalogue.document(imported.documentId()).orElseThrow().state())
        .isEqualTo(DocumentState.PUBLISHED);
    assertThat(catalogue.document(submitted).orElseThrow().mission()).isEqualTo("FRA");
    assertThat(Set.copyOf(catalogue.document(submitted).orElseThrow().languages()))
        .containsExactly(Language.EN);
  }
}
