package org.dossier.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.dossier.model.Visibility;
import org.dossier.model.Visibility.Grant;

/**
 * The access policy: what each viewer may see and do. The one place it is decided; the catalogue's
 * reads and the search index apply the {@link Visibility} it gives (docs/access.md has the table).
 *
 * <ul>
 *   <li>Public: published (or withdrawn) documents of General distribution.
 *   <li>Delegate of a State: published General and Limited documents, and everything its own
 *       mission submitted, in any state and distribution.
 *   <li>Translator: published General and Limited documents, and every registered document the
 *       secretariat is working on (what it translates), whatever its distribution.
 *   <li>Registrar and administrator: everything, Restricted documents and every submission
 *       included.
 * </ul>
 *
 * A document of unknown distribution is visible only where a grant admits any distribution: it
 * fails closed.
 */
public final class AccessPolicy {
  private static final Set<Distribution> GENERAL = EnumSet.of(Distribution.GENERAL);
  private static final Set<Distribution> GENERAL_AND_LIMITED =
      EnumSet.of(Distribution.GENERAL, Distribution.LIMITED);
  private static final Set<DocumentState> ANY_STATE = EnumSet.allOf(DocumentState.class);

  private AccessPolicy() {}

  /** What {@code viewer} may see. */
  public static Visibility visibility(Viewer viewer) {
    return switch (viewer.role()) {
      case PUBLIC -> Visibility.of(Grant.of(GENERAL, DocumentState.PUBLIC));
      case DELEGATE ->
          Visibility.of(
              Grant.of(GENERAL_AND_LIMITED, DocumentState.PUBLIC),
              Grant.ownedBy(viewer.mission(), ANY_STATE));
      case TRANSLATOR ->
          Visibility.of(
              Grant.of(GENERAL_AND_LIMITED, DocumentState.PUBLIC),
              Grant.inStates(DocumentState.IN_PROCESSING));
      case REGISTRAR, ADMINISTRATOR -> Visibility.everything();
    };
  }

  /** What a viewer may do besides reading. */
  public enum Action {
    SUBMIT,
    REGISTER,
    TRANSLATE,
    ISSUE,
    PUBLISH,
    WITHDRAW,
    MANAGE_ACCOUNTS,
    READ_AUDIT_TRAIL
  }

  /**
   * Whether {@code viewer} may take the action; for a translation, in {@code language} (ignored
   * otherwise).
   */
  public static boolean may(Viewer viewer, Action action, Language language) {
    Role role = viewer.role();
    return switch (action) {
      case SUBMIT -> role == Role.DELEGATE || role == Role.ADMINISTRATOR;
      case REGISTER, ISSUE, PUBLISH, WITHDRAW ->
          role == Role.REGISTRAR || role == Role.ADMINISTRATOR;
      case TRANSLATE ->
          role == Role.REGISTRAR
              || role == Role.ADMINISTRATOR
              || (role == Role.TRANSLATOR && viewer.languages().contains(language));
      case MANAGE_ACCOUNTS, READ_AUDIT_TRAIL -> role == Role.ADMINISTRATOR;
    };
  }

  /**
   * Throws {@link AccessDeniedException} unless {@code viewer} may take {@code action} (in {@code
   * language}, for a translation; {@code null} otherwise).
   */
  public static void require(Viewer viewer, Action action, Language language) {
    if (!may(viewer, action, language)) {
      throw new AccessDeniedException(
          viewer.name()
              + " ("
              + viewer.role().name().toLowerCase(Locale.ROOT)
              + ") may not "
              + action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (language == null ? "" : " in " + language.code()));
    }
  }

  /** {@link #may(Viewer, Action, Language)} for an action that concerns no language. */
  public static boolean may(Viewer viewer, Action action) {
    return may(viewer, action, null);
  }
}
