package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LanguageVersionTest {
  private static final LocalDate ISSUED = LocalDate.of(2020, 8, 24);

  @Test
  void pendingVersionKnowsOnlyItsLanguage() {
    LanguageVersion version = LanguageVersion.pending(Language.FR);
    assertThat(version.status()).isEqualTo(LanguageVersion.Status.PENDING);
    assertThat(version.title()).isNull();
    assertThat(version.jobNumber()).isNull();
  }

  @Test
  void issuingSetsStatusAndDate() {
    LanguageVersion issued =
        new LanguageVersion(
                Language.FR, " Note verbale ", null, "GE.20-10930(F)", LanguageVersion.Status.READY)
            .withStatus(LanguageVersion.Status.ISSUED, ISSUED);
    assertThat(issued.status()).isEqualTo(LanguageVersion.Status.ISSUED);
    assertThat(issued.issueDate()).isEqualTo(ISSUED);
    assertThat(issued.title()).isEqualTo("Note verbale");
  }

  @Test
  void issuedVersionNeedsItsDate() {
    assertThatThrownBy(() ->
            LanguageVersion.pending(Language.AR).withStatus(LanguageVersion.Status.ISSUED, null))
        .hasMessage("LanguageVersion.issueDate is required once the ar version is ISSUED");
  }

  @Test
  void blankTextsAreRejectedByName() {
    assertThatThrownBy(
            () -> new LanguageVersion(Language.EN, "", null, null, LanguageVersion.Status.PENDING))
        .hasMessage("LanguageVersion.title must be null (unknown) or non-blank, was \"\"");
    assertThatThrownBy(
            () -> new LanguageVersion(Language.EN, null, null, " ", LanguageVersion.Status.PENDING))
        .hasMessage("LanguageVersion.jobNumber must be null (unknown) or non-blank, was \" \"");
  }

  @Test
  void languageAndStatusAreRequired() {
    assertThatThrownBy(() -> LanguageVersion.pending(null))
        .hasMessage("LanguageVersion.language is required");
    assertThatThrownBy(() -> new LanguageVersion(Language.EN, null, null, null, null))
        .hasMessage("LanguageVersion.status is required");
  }
}
