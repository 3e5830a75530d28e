package org.dossier.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.dossier.catalogue.AuditEntry;
import org.dossier.catalogue.Catalogue;
import org.dossier.model.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessControlTest {
  private static final Viewer ADMIN = Viewer.localAdministrator();

  @TempDir Path directory;
  private Catalogue catalogue;
  private AccessControl access;
  private final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();

  @BeforeEach
  void open() {
    catalogue = Catalogue.open(directory.resolve("catalogue"));
    access =
        new AccessControl(
            catalogue.accounts(),
            new PasswordHasher(),
            new LoginThrottle(3, 10, Duration.ofMinutes(15), clock, catalogue.loginFailures()));
    access.createAccount(ADMIN, "Delegate.FRA", Role.DELEGATE, "fra", Set.of(), "s3cret-fra");
    access.createAccount(
        ADMIN, "translator.fr", Role.TRANSLATOR, null, Set.of(Language.FR), "s3cret-tr");
  }

  @AfterEach
  void close() {
    catalogue.close();
  }

  @Test
  void aLoginGivesTheAccountsScopedViewer() {
    AccessControl.Login login = access.login("delegate.fra", "s3cret-fra", "10.0.0.1");
    assertThat(login)
        .isEqualTo(new AccessControl.Login.Success(Viewer.delegate("delegate.fra", "FRA")));
  }

  @Test
  void unknownNamesWrongPasswordsAndDisabledAccountsGetTheSameAnswer() {
    AccessControl.Login unknown = access.login("nobody", "s3cret-fra", "10.0.0.1");
    AccessControl.Login wrong = access.login("delegate.fra", "guess", "10.0.0.2");
    access.setDisabled(ADMIN, "translator.fr", true);
    AccessControl.Login disabled = access.login("translator.fr", "s3cret-tr", "10.0.0.3");

    AccessControl.Login refused =
        new AccessControl.Login.Refused("Wrong account name or password.");
    assertThat(unknown).isEqualTo(refused);
    assertThat(wrong).isEqualTo(refused);
    assertThat(disabled).isEqualTo(refused);
  }

  @Test
  void repeatedFailuresThrottleAnAccountEvenWithTheRightPassword() {
    for (int i = 0; i < 3; i++) {
      access.login("delegate.fra", "guess" + i, "10.0.0." + i);
    }
    assertThat(access.login("delegate.fra", "s3cret-fra", "10.0.0.9"))
        .isEqualTo(
            new AccessControl.Login.Throttled(
                Duration.ofMinutes(15), "Too many failed logins: try again in 15 minutes."));
    // The same for a name that does not exist: the refusal tells nothing about it.
    for (int i = 0; i < 3; i++) {
      access.login("ghost", "guess" + i, "10.1.0." + i);
    }
    assertThat(access.login("ghost", "x", "10.1.0.9"))
        .isInstanceOf(AccessControl.Login.Throttled.class);
  }

  @Test
  void tokensActForTheirAccountUntilRevokedAndAreStoredOnlyHashed() {
    AccessControl.NewToken token =
        access.createToken(ADMIN, "delegate.fra", AccessControl.TokenScope.READ, "feed reader");

    assertThat(token.secret()).startsWith("dossier_").hasSize("dossier_".length() + 43);
    assertThat(access.authenticate(token.secret()))
        .contains(
            new AccessControl.TokenLogin(
                Viewer.delegate("delegate.fra", "FRA"), AccessControl.TokenScope.READ));
    assertThat(access.authenticate("dossier_" + "A".repeat(43))).isEmpty();
    assertThat(access.authenticate(token.secret() + "x")).isEmpty();
    assertThat(access.authenticate(null)).isEmpty();

    access.revokeToken(ADMIN, token.token().id(), "delegate.fra");
    assertThat(access.authenticate(token.secret())).isEmpty();
    assertThat(catalogue.accounts().tokens("delegate.fra").getFirst().revoked()).isTrue();
  }

  @Test
  void onlyAdministratorsManageOtherAccounts() {
    Viewer delegate = Viewer.delegate("delegate.fra", "FRA");
    assertThatThrownBy(
            () -> access.createAccount(delegate, "x", Role.REGISTRAR, null, Set.of(), "pw"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("delegate.fra (delegate) may not manage accounts");
    assertThatThrownBy(() ->
            access.createToken(delegate, "translator.fr", AccessControl.TokenScope.WRITE, "steal"))
        .isInstanceOf(AccessDeniedException.class);
    // Its own token, though, it may create.
    assertThat(access.createToken(delegate, "delegate.fra", AccessControl.TokenScope.READ, "own"))
        .isNotNull();
  }

  @Test
  void everyChangeOfRightsIsAuditedWithoutPasswords() {
    access.setDisabled(ADMIN, "translator.fr", true);
    assertThat(catalogue.workflow().auditTrail(0, 10))
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject, AuditEntry::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "local-administrator", "account.create", "delegate.fra", "DELEGATE of FRA"),
            org.assertj.core.groups.Tuple.tuple(
                "local-administrator", "account.create", "translator.fr", "TRANSLATOR in fr"),
            org.assertj.core.groups.Tuple.tuple(
                "local-administrator",
                "account.disable",
                "translator.fr",
                "TRANSLATOR in fr, disabled"));
    assertThat(catalogue.workflow().auditTrail(0, 10).toString()).doesNotContain("argon2");
  }

  @Test
  void anAccountChangesItsOwnPasswordOnlyWithItsCurrentOneAndWrongGuessesAreThrottled() {
    Viewer delegate = Viewer.delegate("delegate.fra", "FRA");
    assertThat(access.changePassword(delegate, "guess", "new-pw", "10.0.0.1"))
        .isEqualTo(new AccessControl.Login.Refused("The current password is wrong."));
    assertThat(access.login("delegate.fra", "s3cret-fra", "10.0.0.1"))
        .as("still the old password")
        .isInstanceOf(AccessControl.Login.Success.class);

    assertThat(access.changePassword(delegate, "s3cret-fra", "new-pw", "10.0.0.1"))
        .isEqualTo(new AccessControl.Login.Success(delegate));
    assertThat(access.login("delegate.fra", "s3cret-fra", "10.0.0.1"))
        .isInstanceOf(AccessControl.Login.Refused.class);
    assertThat(access.login("delegate.fra", "new-pw", "10.0.0.1"))
        .isInstanceOf(AccessControl.Login.Success.class);
    assertThat(catalogue.workflow().auditTrail(0, 10))
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::after)
        .contains(
            org.assertj.core.groups.Tuple.tuple("delegate.fra", "account.password", "changed"));

    assertThatThrownBy(() -> access.changePassword(delegate, "new-pw", "", "10.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a password must not be empty");
    for (int i = 0; i < 3; i++) {
      access.changePassword(delegate, "guess" + i, "other", "10.0.0.1");
    }
    assertThat(access.changePassword(delegate, "new-pw", "other", "10.0.0.1"))
        .as("three wrong guesses: the right one waits too")
        .isInstanceOf(AccessControl.Login.Throttled.class);
    assertThatThrownBy(() -> access.changePassword(Viewer.anonymous(), "x", "y", "10.0.0.1"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anAdministratorCannotDisableItsOwnAccountButAnothers() {
    access.createAccount(ADMIN, "admin2", Role.ADMINISTRATOR, null, Set.of(), "pw-admin2");
    Viewer admin = Viewer.administrator("admin2");
    assertThatThrownBy(() -> access.setDisabled(admin, "ADMIN2", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an administrator cannot disable its own account");
    assertThat(access.setDisabled(admin, "delegate.fra", true).disabled()).isTrue();
    assertThat(catalogue.accounts().byName("admin2").orElseThrow().disabled()).isFalse();
  }

  @Test
  void tokensAreListedToTheirAccountAndAdministratorsOnly() {
    access.createToken(ADMIN, "delegate.fra", AccessControl.TokenScope.WRITE, "submitter");
    assertThat(access.tokens(Viewer.delegate("delegate.fra", "FRA"), "delegate.fra"))
        .extracting(token -> token.label() + " " + token.scope())
        .containsExactly("submitter WRITE");
    assertThatThrownBy(() ->
            access.tokens(Viewer.translator("translator.fr", Set.of(Language.FR)), "delegate.fra"))
        .isInstanceOf(AccessDeniedException.class);
  }
}
