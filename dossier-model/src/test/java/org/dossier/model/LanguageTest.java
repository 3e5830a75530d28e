package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageTest {

  /** Each language's names for AR, ZH, EN, FR, ES, RU, as the UN prints them. */
  static Stream<Arguments> namesByLanguage() {
    return Stream.of(
        Arguments.of(
            Language.EN, List.of("Arabic", "Chinese", "English", "French", "Spanish", "Russian")),
        Arguments.of(
            Language.FR, List.of("arabe", "chinois", "anglais", "français", "espagnol", "russe")),
        Arguments.of(
            Language.ES, List.of("árabe", "chino", "inglés", "francés", "español", "ruso")),
        Arguments.of(
            Language.RU,
            List.of("арабский", "китайский", "английский", "французский", "испанский", "русский")),
        Arguments.of(
            Language.AR,
            List.of("العربية", "الصينية", "الإنكليزية", "الفرنسية", "الإسبانية", "الروسية")),
        Arguments.of(Language.ZH, List.of("阿拉伯文", "中文", "英文", "法文", "西班牙文", "俄文")));
  }

  @ParameterizedTest
  @MethodSource("namesByLanguage")
  void nameInGivesEachLanguagesNameForTheSix(Language in, List<String> names) {
    assertThat(Language.values())
        .extracting(language -> language.nameIn(in))
        .containsExactlyElementsOf(names);
  }

  @ParameterizedTest
  @MethodSource("namesByLanguage")
  void everyNameLeadsBackToItsLanguage(Language in, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      assertThat(Language.fromName(names.get(i))).as(names.get(i)).hasValue(Language.values()[i]);
    }
  }

  @Test
  void originalLineIsInTheVersionLanguageForEnglishFrenchAndSpanish() {
    assertThat(Language.EN.mastheadName(Language.EN)).isEqualTo("English");
    assertThat(Language.EN.mastheadName(Language.FR)).isEqualTo("anglais");
    assertThat(Language.EN.mastheadName(Language.ES)).isEqualTo("inglés");
  }

  @Test
  void originalLineIsInEnglishForRussianArabicAndChinese() {
    assertThat(Language.FR.mastheadName(Language.RU)).isEqualTo("French");
    assertThat(Language.EN.mastheadName(Language.AR)).isEqualTo("English");
    assertThat(Language.ES.mastheadName(Language.ZH)).isEqualTo("Spanish");
  }

  @Test
  void versionLineNamesAreFoundWhateverTheirCase() {
    assertThat(Language.fromName("Français")).hasValue(Language.FR);
    assertThat(Language.fromName("Español")).hasValue(Language.ES);
    assertThat(Language.fromName("ENGLISH")).hasValue(Language.EN);
  }

  @Test
  void lookupIgnoresAccentsAndSurroundingSpace() {
    assertThat(Language.fromName(" francais ")).hasValue(Language.FR);
    assertThat(Language.fromName("ingles")).hasValue(Language.EN);
    assertThat(Language.fromName("ESPANOL")).hasValue(Language.ES);
    // Arabic without the hamza seat, as often typed.
    assertThat(Language.fromName("الانكليزية")).hasValue(Language.EN);
  }

  @Test
  void lookupKnowsCommonVariants() {
    assertThat(Language.fromName("الإنجليزية")).hasValue(Language.EN);
    assertThat(Language.fromName("英语")).hasValue(Language.EN);
    assertThat(Language.fromName("汉语")).hasValue(Language.ZH);
  }

  @Test
  void unknownNamesAreEmpty() {
    assertThat(Language.fromName("German")).isEmpty();
    assertThat(Language.fromName("")).isEmpty();
    assertThat(Language.fromName(null)).isEmpty();
  }

  @Test
  void codesStillWork() {
    assertThat(Language.fromCode("FRA")).hasValue(Language.FR);
    assertThat(Language.fromCode(" zh ")).hasValue(Language.ZH);
    assertThat(Language.RU.iso6392()).isEqualTo("rus");
  }
}
