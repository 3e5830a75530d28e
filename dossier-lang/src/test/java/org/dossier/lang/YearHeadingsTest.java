package org.dossier.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearHeadingsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2021 session",
        "Session de 2021",
        "Período de sesiones de 2021",
        "Сессия 2021 года",
        "دورة عام 2021",
        "2021年届会"
      })
  void economicAndSocialCouncilSessionsAreNamedByTheirYear(String heading) {
    assertThat(YearHeadings.yearSession(heading)).hasValue(2021);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Seventy-sixth year",
        "Soixante-seizième année",
        "Septuagésimo sexto año",
        "Семьдесят шестой год",
        "Soixante et onzième année",
        "السنة السادسة والسبعون",
        "第七十六年"
      })
  void securityCouncilYearOfAJointMastheadIsRecognised(String heading) {
    assertThat(YearHeadings.isCouncilYear(heading)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Seventy-sixth session",
        "2021 year",
        "year",
        "第76年",
        "Report of the year",
        "Seventy-fifth session Seventy-sixth year",
        "第七十五届会议 第七十六年"
      })
  void otherLinesAreNotTheCouncilYear(String line) {
    assertThat(YearHeadings.isCouncilYear(line)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  void eachLanguagesCouncilYearHeadingIsRecognised(Language language) {
    String heading = LanguageConventions.of(language).councilYearHeading(76);

    assertThat(YearHeadings.isCouncilYear(heading)).as(heading).isTrue();
  }
}
