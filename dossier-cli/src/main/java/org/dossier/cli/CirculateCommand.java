package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.catalogue.TranslationTask;
import org.dossier.installation.Circulation;
import org.dossier.installation.Installation;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.web.pages.NotificationWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier circulate …}: the circulation workflow for the secretariat's batch work. The local
 * command line acts as the administrator of the data directory it opens, so every step is allowed;
 * each is audited as {@code local-administrator}.
 */
@Command(
    name = "circulate",
    description = "The circulation workflow: submit, register, translate, issue, publish.",
    subcommands = {
      CirculateCommand.Submit.class,
      CirculateCommand.Queue.class,
      CirculateCommand.Register.class,
      CirculateCommand.Return.class,
      CirculateCommand.Tasks.class,
      CirculateCommand.Translate.class,
      CirculateCommand.Issue.class,
      CirculateCommand.Publish.class,
      CirculateCommand.Withdraw.class,
      CirculateCommand.Notifications.class
    })
final class CirculateCommand {
  private static final Viewer ADMINISTRATOR = Viewer.localAdministrator();

  private CirculateCommand() {}

  /** A step run on the installation of {@code --data}. */
  abstract static class Step implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    abstract void run(Installation installation, Circulation circulation, PrintWriter out)
        throws IOException;

    @Override
    public Integer call() throws IOException {
      try (Installation installation = data.open()) {
        run(installation, installation.circulation(), spec.commandLine().getOut());
        return 0;
      }
    }
  }

  @Command(name = "submit", description = "Submit files (one per language) for a mission.")
  static final class Submit extends Step {
    @Parameters(paramLabel = "FILE", arity = "1..6", description = "One file per language.")
    List<Path> files;

    @Option(names = "--mission", required = true, description = "The State (ISO alpha-3).")
    String mission;

    @Option(names = "--body", defaultValue = "HRC", description = "Body code (default: HRC).")
    String body;

    @Option(names = "--session", required = true, description = "Session number.")
    int session;

    @Option(names = "--agenda", split = ",", description = "Agenda item numbers.")
    List<Integer> agenda = new ArrayList<>();

    @Option(names = "--type", defaultValue = "note-verbale", description = "Document type id.")
    String type;

    @Option(
        names = "--distribution",
        defaultValue = "General",
        description = "Requested distribution: General, Limited or Restricted.")
    String distribution;

    @Option(
        names = "--series",
        defaultValue = "GOVERNMENT_COMMUNICATION",
        description = "Series asked for: ${COMPLETION-CANDIDATES}.")
    SymbolSeries series;

    @Option(names = "--base", description = "The symbol an addendum, corrigendum… extends.")
    String base;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out)
        throws IOException {
      List<Circulation.Upload> uploads = new ArrayList<>();
      for (Path file : files) {
        uploads.add(
            new Circulation.Upload(file.getFileName().toString(), Files.readAllBytes(file)));
      }
      long id =
          circulation.submit(
              ADMINISTRATOR,
              new Circulation.SubmissionForm(
                  mission,
                  Body.fromCode(body)
                      .orElseThrow(() ->
                          new IllegalArgumentException("--body: no body has the code " + body)),
                  session,
                  agenda,
                  DocType.fromId(type)
                      .orElseThrow(
                          () -> new IllegalArgumentException("--type: no document type " + type)),
                  distribution(distribution),
                  series,
                  base,
                  uploads));
      out.println(
          "Submitted " + Documents.describe(installation.catalogue().document(id).orElseThrow()));
    }
  }

  @Command(
      name = "queue",
      description = "The registrar's queue: submissions and imports without a symbol.")
  static final class Queue extends Step {
    @Option(names = "--page-size", defaultValue = "50")
    int pageSize;

    @Option(names = "--after", defaultValue = "0", description = "Only documents after this id.")
    long after;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      for (CataloguedDocument document : circulation.queue(ADMINISTRATOR, after, pageSize)) {
        out.println(
            Documents.describe(document)
                + " "
                + document.state()
                + (document.mission() == null ? "" : " from " + document.mission()));
      }
    }
  }

  @Command(
      name = "register",
      description = "Register a document: the next symbol of its series is allocated.")
  static final class Register extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "#id, key or symbol.")
    String document;

    @Option(
        names = "--series",
        defaultValue = "GOVERNMENT_COMMUNICATION",
        description = "${COMPLETION-CANDIDATES}.")
    SymbolSeries series;

    @Option(
        names = "--base",
        description = "The symbol an addendum, corrigendum, revision or reissue extends.")
    String base;

    @Option(names = "--date", required = true, description = "Masthead date (YYYY-MM-DD).")
    LocalDate date;

    @Option(
        names = "--original",
        required = true,
        converter = LanguageConverter.class,
        description = "Original language.")
    Language original;

    @Option(names = "--distribution", defaultValue = "General")
    String distribution;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      CataloguedDocument registered =
          circulation.register(
              ADMINISTRATOR,
              DocumentArgument.id(installation, document),
              new Registration(series, base, date, original, distribution(distribution)));
      out.println("Registered " + Documents.describe(registered) + " " + registered.state());
    }
  }

  @Command(name = "return", description = "Return a submission to its mission, with a reason.")
  static final class Return extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT")
    String document;

    @Option(names = "--reason", required = true)
    String reason;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      circulation.returnToMission(
          ADMINISTRATOR, DocumentArgument.id(installation, document), reason);
      out.println("Returned " + document);
    }
  }

  @Command(name = "tasks", description = "The translation tasks of a registered document.")
  static final class Tasks extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT")
    String document;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      for (TranslationTask task :
          circulation.tasks(ADMINISTRATOR, DocumentArgument.id(installation, document))) {
        out.println(
            task.language().code()
                + " "
                + task.status()
                + (task.reference() ? " (original, reference)" : "")
                + (task.annexOriginalOnly() ? " (annexes in the original only)" : "")
                + (task.jobNumber() == null
                    ? ""
                    : " " + task.jobNumber() + " " + task.issueDate()));
      }
    }
  }

  @Command(
      name = "translate",
      description =
          "Upload the translation of a registered document (its language is read from the file).")
  static final class Translate extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT")
    String document;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(
        names = "--annex-original-only",
        description = "Its annexes are reproduced as received, in the original language only.")
    boolean annexOriginalOnly;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out)
        throws IOException {
      long id = DocumentArgument.id(installation, document);
      Circulation.Upload upload =
          new Circulation.Upload(file.getFileName().toString(), Files.readAllBytes(file));
      Language language = circulation.prefill(upload).language();
      circulation.addTranslation(ADMINISTRATOR, id, upload);
      if (annexOriginalOnly) {
        circulation.markAnnexOriginalOnly(ADMINISTRATOR, id, language);
      }
      out.println("Added the " + language.code() + " version of " + document);
    }
  }

  @Command(name = "issue", description = "Issue one language version with its date and job number.")
  static final class Issue extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT")
    String document;

    @Parameters(index = "1", paramLabel = "LANG", converter = LanguageConverter.class)
    Language language;

    @Option(names = "--date", required = true)
    LocalDate date;

    @Option(names = "--job", required = true, description = "Job number, such as GE.20-03001(E).")
    String job;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      circulation.issue(
          ADMINISTRATOR, DocumentArgument.id(installation, document), language, date, job);
      out.println("Issued the " + language.code() + " version of " + document);
    }
  }

  @Command(name = "publish", description = "Publish an issued document.")
  static final class Publish extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT")
    String document;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      circulation.publish(ADMINISTRATOR, DocumentArgument.id(installation, document));
      out.println("Published " + document);
    }
  }

  @Command(name = "withdraw", description = "Withdraw a published document, with a reason.")
  static final class Withdraw extends Step {
    @Parameters(index = "0", paramLabel = "DOCUMENT")
    String document;

    @Option(names = "--reason", required = true)
    String reason;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      circulation.withdraw(ADMINISTRATOR, DocumentArgument.id(installation, document), reason);
      out.println("Withdrew " + document);
    }
  }

  @Command(name = "notifications", description = "What a mission was told about its submissions.")
  static final class Notifications extends Step {
    @Parameters(index = "0", paramLabel = "MISSION")
    String mission;

    @Option(
        names = "--lang",
        paramLabel = "L",
        converter = LanguageConverter.class,
        defaultValue = "en",
        description = "The language to tell them in (ar, zh, en, fr, es, ru; default: en).")
    Language language;

    @Override
    void run(Installation installation, Circulation circulation, PrintWriter out) {
      for (Notification notification : circulation.notifications(ADMINISTRATOR, mission, 0, 1000)) {
        out.println(notification.at() + " " + NotificationWords.of(notification, language).text());
      }
    }
  }

  static Distribution distribution(String label) {
    return Distribution.fromLabel(label)
        .orElseThrow(() ->
            new IllegalArgumentException(
                "--distribution: expected General, Limited or Restricted, got " + label));
  }
}
