package org.dossier.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.dossier.model.Language;
import org.dossier.model.Visibility;
import org.junit.jupiter.api.Test;

/** The policy table of docs/access.md, cell by cell, written out by hand. */
class AccessPolicyTest {
  private static final Viewer PUBLIC = Viewer.anonymous();
  private static final Viewer FRANCE = Viewer.delegate("d", "fra");
  private static final Viewer TRANSLATOR = Viewer.translator("t", Set.of(Language.FR));
  private static final Viewer REGISTRAR = Viewer.registrar("r");

  private static boolean sees(Viewer viewer, DocumentState state, Distribution d, String owner) {
    Visibility visibility = AccessPolicy.visibility(viewer);
    return visibility.allows(state, d, owner);
  }

  @Test
  void thePublicSeesPublishedGeneralDocumentsOnly() {
    assertThat(sees(PUBLIC, DocumentState.PUBLISHED, Distribution.GENERAL, null)).isTrue();
    assertThat(sees(PUBLIC, DocumentState.WITHDRAWN, Distribution.GENERAL, null)).isTrue();
    assertThat(sees(PUBLIC, DocumentState.PUBLISHED, Distribution.LIMITED, null)).isFalse();
    assertThat(sees(PUBLIC, DocumentState.PUBLISHED, Distribution.RESTRICTED, null)).isFalse();
    assertThat(sees(PUBLIC, DocumentState.PUBLISHED, null, null)).isFalse();
    assertThat(sees(PUBLIC, DocumentState.ISSUED, Distribution.GENERAL, "FRA")).isFalse();
    assertThat(sees(PUBLIC, DocumentState.SUBMITTED, Distribution.GENERAL, "FRA")).isFalse();
  }

  @Test
  void aDelegateSeesLimitedDocumentsAndEverythingOfItsOwnMission() {
    assertThat(sees(FRANCE, DocumentState.PUBLISHED, Distribution.LIMITED, null)).isTrue();
    assertThat(sees(FRANCE, DocumentState.PUBLISHED, Distribution.RESTRICTED, null)).isFalse();
    assertThat(sees(FRANCE, DocumentState.SUBMITTED, Distribution.RESTRICTED, "FRA")).isTrue();
    assertThat(sees(FRANCE, DocumentState.RETURNED, null, "FRA")).isTrue();
    assertThat(sees(FRANCE, DocumentState.SUBMITTED, Distribution.GENERAL, "DEU")).isFalse();
    assertThat(sees(FRANCE, DocumentState.IN_TRANSLATION, Distribution.GENERAL, "DEU")).isFalse();
  }

  @Test
  void aTranslatorSeesWhatTheSecretariatIsWorkingOnButNotSubmissionsOrRestrictedPublications() {
    assertThat(sees(TRANSLATOR, DocumentState.IN_TRANSLATION, Distribution.RESTRICTED, "DEU"))
        .isTrue();
    assertThat(sees(TRANSLATOR, DocumentState.REGISTERED, null, "DEU")).isTrue();
    assertThat(sees(TRANSLATOR, DocumentState.SUBMITTED, Distribution.GENERAL, "DEU")).isFalse();
    assertThat(sees(TRANSLATOR, DocumentState.PUBLISHED, Distribution.RESTRICTED, null)).isFalse();
    assertThat(sees(TRANSLATOR, DocumentState.PUBLISHED, Distribution.LIMITED, null)).isTrue();
  }

  @Test
  void theRegistrarSeesEverything() {
    assertThat(AccessPolicy.visibility(REGISTRAR).all()).isTrue();
    assertThat(AccessPolicy.visibility(Viewer.localAdministrator()).all()).isTrue();
  }

  @Test
  void actionsFollowRolesAndATranslatorsLanguages() {
    assertThat(AccessPolicy.may(FRANCE, AccessPolicy.Action.SUBMIT)).isTrue();
    assertThat(AccessPolicy.may(FRANCE, AccessPolicy.Action.REGISTER)).isFalse();
    assertThat(AccessPolicy.may(TRANSLATOR, AccessPolicy.Action.TRANSLATE, Language.FR)).isTrue();
    assertThat(AccessPolicy.may(TRANSLATOR, AccessPolicy.Action.TRANSLATE, Language.RU)).isFalse();
    assertThat(AccessPolicy.may(TRANSLATOR, AccessPolicy.Action.PUBLISH)).isFalse();
    assertThat(AccessPolicy.may(REGISTRAR, AccessPolicy.Action.PUBLISH)).isTrue();
    assertThat(AccessPolicy.may(REGISTRAR, AccessPolicy.Action.MANAGE_ACCOUNTS)).isFalse();
    assertThat(AccessPolicy.may(PUBLIC, AccessPolicy.Action.SUBMIT)).isFalse();
  }
}
