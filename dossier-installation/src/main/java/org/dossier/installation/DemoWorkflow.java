package org.dossier.installation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.access.AccessControl;
import org.dossier.access.Role;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.Registration;
import org.dossier.catalogue.SymbolSeries;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * What the demo adds so the access rules can be seen at work: one account of each role, a Limited
 * and a Restricted document published through the workflow, and two unpublished submissions (one
 * waiting for the registrar, one in translation). Done once per data directory.
 */
public final class DemoWorkflow {
  /** The generator seed of the demo's submissions: other documents than the demo corpus's. */
  private static final long SEED = 4343;

  private static final String PASSWORD_PREFIX = "demo-";

  private static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("delegate.fra", Role.DELEGATE, "FRA", Set.of()),
          new DemoAccount("delegate.aze", Role.DELEGATE, "AZE", Set.of()),
          new DemoAccount("translator", Role.TRANSLATOR, null, Set.of(Language.FR, Language.ES)),
          new DemoAccount("registrar", Role.REGISTRAR, null, Set.of()),
          new DemoAccount("admin", Role.ADMINISTRATOR, null, Set.of()));

  private record DemoAccount(String name, Role role, String mission, Set<Language> languages) {
    String password() {
      return PASSWORD_PREFIX + name;
    }
  }

  private DemoWorkflow() {}

  /**
   * Adds the demo's accounts and workflow documents unless they are there already, and returns the
   * lines that tell how to use them.
   */
  public static List<String> prepare(Installation installation) {
    List<String> lines = new ArrayList<>();
    boolean fresh = installation.catalogue().accounts().byName("admin").isEmpty();
    if (fresh) {
      AccessControl access = installation.accessControl();
      for (DemoAccount account : ACCOUNTS) {
        access.createAccount(
            Viewer.localAdministrator(),
            account.name(),
            account.role(),
            account.mission(),
            account.languages(),
            account.password());
      }
      lines.addAll(circulate(installation));
    }
    lines.add("Accounts (demo passwords; sign in on the web reading room, or use an API token:");
    lines.add("./dossier account token NAME):");
    for (DemoAccount account : ACCOUNTS) {
      lines.add(
          "  "
              + account.name()
              + " / "
              + account.password()
              + "  "
              + account.role().name().toLowerCase(java.util.Locale.ROOT)
              + (account.mission() == null ? "" : " of " + account.mission())
              + (account.languages().isEmpty()
                  ? ""
                  : " in " + account.languages().stream().sorted().map(Language::code).toList()));
    }
    lines.add("Anonymous readers see published General documents only; try");
    lines.add("  ./dossier search 'distribution:Restricted'   (the command line is administrator)");
    return lines;
  }

  private static List<String> circulate(Installation installation) {
    List<GeneratedDocument> documents = new CorpusGenerator(SEED).documents(4).toList();
    Circulation circulation = installation.circulation();
    Viewer france = Viewer.delegate("delegate.fra", "FRA");
    Viewer azerbaijan = Viewer.delegate("delegate.aze", "AZE");
    Viewer registrar = Viewer.registrar("registrar");
    LocalDate date = LocalDate.of(2020, 3, 2);

    long limited = circulation.submit(france, form("FRA", documents.get(0), Language.values()));
    CataloguedDocument draft =
        circulation.register(
            registrar,
            limited,
            new Registration(SymbolSeries.DRAFT, null, date, Language.EN, Distribution.LIMITED));
    issueAndPublish(circulation, registrar, limited, date, 3100);

    long restricted = circulation.submit(france, form("FRA", documents.get(1), Language.values()));
    CataloguedDocument confidential =
        circulation.register(
            registrar,
            restricted,
            new Registration(
                SymbolSeries.GOVERNMENT_COMMUNICATION,
                null,
                date,
                Language.EN,
                Distribution.RESTRICTED));
    issueAndPublish(circulation, registrar, restricted, date, 3200);

    long inTranslation = circulation.submit(azerbaijan, form("AZE", documents.get(2), Language.EN));
    CataloguedDocument translating =
        circulation.register(
            registrar,
            inTranslation,
            new Registration(
                SymbolSeries.GOVERNMENT_COMMUNICATION,
                null,
                date,
                Language.EN,
                Distribution.GENERAL));
    long waiting = circulation.submit(azerbaijan, form("AZE", documents.get(3), Language.EN));
    return List.of(
        "Workflow: "
            + draft.symbol()
            + " (Limited) and "
            + confidential.symbol()
            + " (Restricted) published; "
            + translating.symbol()
            + " in translation and submission:"
            + waiting
            + " waiting for the registrar (unpublished, from AZE).");
  }

  private static void issueAndPublish(
      Circulation circulation, Viewer registrar, long id, LocalDate date, int firstJob) {
    int job = firstJob;
    for (Language language : Language.values()) {
      circulation.issue(registrar, id, language, date, "GE.20-0" + job++);
    }
    circulation.publish(registrar, id);
  }

  private static Circulation.SubmissionForm form(
      String mission, GeneratedDocument document, Language... languages) {
    List<Circulation.Upload> files = new ArrayList<>();
    for (Language language : languages) {
      GeneratedVersion version = document.version(language);
      files.add(new Circulation.Upload(version.fileName(Format.TXT), version.render(Format.TXT)));
    }
    return new Circulation.SubmissionForm(
        mission,
        Body.HUMAN_RIGHTS_COUNCIL,
        43,
        List.of(4),
        DocType.NOTE_VERBALE,
        Distribution.GENERAL,
        SymbolSeries.GOVERNMENT_COMMUNICATION,
        null,
        files);
  }
}
