package org.dossier.access;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Language;

/**
 * Who is reading or acting: the anonymous public, an account with its role and scope, or the
 * administrator of a data directory opened locally (whoever can read the directory can read all of
 * it, so the local command line acts as its administrator).
 *
 * @param name the account name, {@value #ANONYMOUS} or {@value #LOCAL_ADMINISTRATOR}; what the
 *     audit trail records as the actor
 * @param role the role
 * @param mission a delegate's State (ISO 3166 alpha-3, upper case); {@code null} for other roles
 * @param languages a translator's languages; empty for other roles
 */
public record Viewer(String name, Role role, String mission, Set<Language> languages) {
  public static final String ANONYMOUS = "anonymous";
  public static final String LOCAL_ADMINISTRATOR = "local-administrator";

  private static final Viewer PUBLIC = new Viewer(ANONYMOUS, Role.PUBLIC, null, Set.of());
  private static final Viewer LOCAL =
      new Viewer(LOCAL_ADMINISTRATOR, Role.ADMINISTRATOR, null, Set.of());

  public Viewer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    languages = Set.copyOf(languages);
    if (role == Role.DELEGATE) {
      if (mission == null || !mission.strip().matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException(
            "a delegate acts for one State, given as its ISO 3166 alpha-3 code (such as FRA), got "
                + mission);
      }
      mission = mission.strip().toUpperCase(Locale.ROOT);
    } else if (mission != null) {
      throw new IllegalArgumentException("only a delegate acts for a State; " + role + " does not");
    }
    if (role == Role.TRANSLATOR && languages.isEmpty()) {
      throw new IllegalArgumentException("a translator works in at least one language");
    }
  }

  /** Someone not signed in. */
  public static Viewer anonymous() {
    return PUBLIC;
  }

  /** The administrator of a data directory opened locally: the command line. */
  public static Viewer localAdministrator() {
    return LOCAL;
  }

  public static Viewer delegate(String name, String mission) {
    return new Viewer(name, Role.DELEGATE, mission, Set.of());
  }

  public static Viewer translator(String name, Set<Language> languages) {
    return new Viewer(name, Role.TRANSLATOR, null, languages);
  }

  public static Viewer registrar(String name) {
    return new Viewer(name, Role.REGISTRAR, null, Set.of());
  }

  public static Viewer administrator(String name) {
    return new Viewer(name, Role.ADMINISTRATOR, null, Set.of());
  }
}
