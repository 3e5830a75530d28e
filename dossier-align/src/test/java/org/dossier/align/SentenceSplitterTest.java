package org.dossier.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One case per rule and language, expected sentences written by hand. */
class SentenceSplitterTest {
  private static List<String> split(String language, String text) {
    return SentenceSplitter.forLanguage(language).split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void linesAreParagraphsAndNeverShareASentence() {
    List<Sentence> sentences =
        SentenceSplitter.forLanguage("en").split("First line without stop\n\nSecond. Third.");
    assertThat(sentences)
        .containsExactly(
            new Sentence("First line without stop", 0),
            new Sentence("Second.", 1),
            new Sentence("Third.", 1));
  }

  @Test
  void symbolAbbreviationsDoNotEndSentencesInAnyLanguage() {
    for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
      assertThat(split(language, "Distr. General. Corr. 1 Add. 2 Rev. 3"))
          .as(language)
          .containsExactly("Distr. General.", "Corr. 1 Add. 2 Rev. 3");
    }
  }

  @Test
  void english() {
    assertThat(split("en", "See para. 5 above. It cites Art. 3 and No. 12."))
        .containsExactly("See para. 5 above.", "It cites Art. 3 and No. 12.");
    assertThat(split("en", "Mr. Smith spoke. Ms. Jones replied."))
        .containsExactly("Mr. Smith spoke.", "Ms. Jones replied.");
    assertThat(split("en", "Recalling its resolution 60/251. Noting the report."))
        .containsExactly("Recalling its resolution 60/251.", "Noting the report.");
    assertThat(split("en", "1. The Council decides. 2. It requests the report."))
        .containsExactly("1. The Council decides.", "2. It requests the report.");
    assertThat(split("en", "(a) To promote rights. (b) To report. IV. Conclusions"))
        .containsExactly("(a) To promote rights.", "(b) To report.", "IV. Conclusions");
  }

  @Test
  void french() {
    assertThat(split("fr", "M. Dupont a pris la parole. Voir par. 5 et art. 3 du Statut."))
        .containsExactly("M. Dupont a pris la parole.", "Voir par. 5 et art. 3 du Statut.");
    assertThat(split("fr", "a) Promouvoir les droits. b) Faire rapport."))
        .containsExactly("a) Promouvoir les droits.", "b) Faire rapport.");
  }

  @Test
  void spanish() {
    assertThat(split("es", "El Sr. Pérez habló. Véase el párr. 5 y el art. 3. Fin."))
        .containsExactly("El Sr. Pérez habló.", "Véase el párr. 5 y el art. 3.", "Fin.");
    assertThat(split("es", "Recuerda su resolución núm. 60/251. Toma nota."))
        .containsExactly("Recuerda su resolución núm. 60/251.", "Toma nota.");
  }

  @Test
  void russian() {
    assertThat(split("ru", "Совещание прошло в г. Женеве. См. п. 5 и ст. 3 Устава."))
        .containsExactly("Совещание прошло в г. Женеве.", "См. п. 5 и ст. 3 Устава.");
    assertThat(split("ru", "а) Поощрять права. б) Представить доклад."))
        .containsExactly("а) Поощрять права.", "б) Представить доклад.");
  }

  @Test
  void chinese() {
    assertThat(split("zh", "回顾第60/251号决议。注意到报告。“欢迎。”还决定继续审议。"))
        .containsExactly("回顾第60/251号决议。", "注意到报告。", "“欢迎。”", "还决定继续审议。");
    assertThat(split("zh", "（a）促进人权；（b）提交报告。1．决定继续审议。"))
        .containsExactly("（a）促进人权；（b）提交报告。", "1．决定继续审议。");
    assertThat(split("zh", "这是问题吗？是的！")).containsExactly("这是问题吗？", "是的！");
  }

  @Test
  void arabic() {
    assertThat(split("ar", "يشير إلى قراره 60/251. ويحيط علما بالتقرير؟ نعم."))
        .containsExactly("يشير إلى قراره 60/251.", "ويحيط علما بالتقرير؟", "نعم.");
    assertThat(split("ar", "(أ) تعزيز الحقوق، وحمايتها؛ (ب) تقديم تقرير."))
        .containsExactly("(أ) تعزيز الحقوق، وحمايتها؛ (ب) تقديم تقرير.");
    assertThat(split("ar", "1. يقرر المجلس. 2. يطلب التقرير."))
        .containsExactly("1. يقرر المجلس.", "2. يطلب التقرير.");
  }
}
