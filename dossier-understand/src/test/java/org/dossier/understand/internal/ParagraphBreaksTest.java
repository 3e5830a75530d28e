package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.dossier.lang.LanguageConventions;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class ParagraphBreaksTest {
  private static final Predicate<String> NO_WORDS = line -> false;

  @Test
  void aLineOnWhichTheNextWordWouldHaveFittedEndsItsParagraph() {
    List<String> lines =
        List.of(
            "Human rights bodies",
            "Technical assistance and capacity-building in the field of human rights");

    assertThat(ParagraphBreaks.starts(lines, 0, 5, NO_WORDS)).containsExactly(1);
  }

  @Test
  void aFullLineGoesOnUnlessBreaksAreWanted() {
    List<String> lines = List.of("Prevention of armed conflict", "Report of the Council");

    assertThat(ParagraphBreaks.starts(lines, 0, 5, NO_WORDS)).isEmpty();
    assertThat(ParagraphBreaks.starts(lines, 1, 5, NO_WORDS)).containsExactly(1);
  }

  @Test
  void wantedBreaksGoAfterTheShortestLinesFirst() {
    List<String> lines =
        List.of(
            "The situation in the occupied territories and",
            "Questions of human rights of the peoples concerned",
            "Promotion and protection of human rights here");

    assertThat(ParagraphBreaks.starts(lines, 1, 5, NO_WORDS)).containsExactly(1);
  }

  @Test
  void aLineBeginningInLowerCaseNeverBeginsAParagraph() {
    List<String> lines = List.of("Human rights bodies", "and mechanisms of the Council and others");

    assertThat(ParagraphBreaks.starts(lines, 1, 5, NO_WORDS)).isEmpty();
  }

  @Test
  void aLineEndingInACommaColonOrDashIsContinued() {
    for (String end : List.of(",", ":", ";", " –", "،")) {
      List<String> lines =
          List.of("Racism" + end, "Follow-up to the Declaration and the Programme");

      assertThat(ParagraphBreaks.starts(lines, 1, 5, NO_WORDS)).as(end).isEmpty();
    }
  }

  @Test
  void aLineEndingInAnArticleOrPrepositionIsContinued() {
    List<String> lines =
        List.of(
            "Annual report of the United Nations High Commissioner",
            "for Human Rights and reports of the Office of the",
            "High Commissioner and the Secretary-General",
            "Promotion and protection of all human rights, civil,");
    LanguageConventions english = LanguageConventions.of(Language.EN);

    assertThat(ParagraphBreaks.starts(lines, 1, 5, english::endsMidPhrase)).containsExactly(3);
    assertThat(ParagraphBreaks.starts(lines.subList(0, 3), 1, 5, english::endsMidPhrase)).isEmpty();
  }

  @Test
  void noMoreThanTheMostBreaksAreGiven() {
    List<String> lines = List.of("First", "Second title line", "Third", "Fourth title line");

    assertThat(ParagraphBreaks.starts(lines, 0, 5, NO_WORDS)).containsExactly(1, 3);
    assertThat(ParagraphBreaks.starts(lines, 0, 1, NO_WORDS)).containsExactly(1);
  }

  @Test
  void chineseIsMeasuredInCharactersWithoutSpaces() {
    List<String> lines = List.of("关于被占领土局势和有关人民权利问题的", "审议情况", "促进和保护人权");

    assertThat(ParagraphBreaks.starts(lines, 0, 5, NO_WORDS)).containsExactly(2);
  }
}
