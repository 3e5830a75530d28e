package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class AnalyzersTest {
  private final Analyzer analyzer = Analyzers.perField();

  private List<String> tokens(Language language, String text) throws IOException {
    return tokens(IndexSchema.text(language), text);
  }

  private List<String> tokens(String field, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void englishStemsPluralsToTheSingular() throws IOException {
    assertThat(tokens(Language.EN, "Councils")).isEqualTo(tokens(Language.EN, "council"));
  }

  @Test
  void englishDropsStopWords() throws IOException {
    assertThat(tokens(Language.EN, "the rights of the child"))
        .containsExactlyElementsOf(tokens(Language.EN, "rights child"));
  }

  @Test
  void englishDropsPossessives() throws IOException {
    assertThat(tokens(Language.EN, "Council's")).isEqualTo(tokens(Language.EN, "Council"));
  }

  @Test
  void englishKeepsPositionGapsForPhrases() throws IOException {
    try (TokenStream stream =
        analyzer.tokenStream(IndexSchema.text(Language.EN), "rights of the child")) {
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      List<Integer> increments = new ArrayList<>();
      while (stream.incrementToken()) {
        increments.add(increment.getPositionIncrement());
      }
      stream.end();
      assertThat(increments).containsExactly(1, 3);
    }
  }

  @Test
  void frenchRemovesElision() throws IOException {
    assertThat(tokens(Language.FR, "l'Assemblée")).isEqualTo(tokens(Language.FR, "Assemblée"));
  }

  @Test
  void frenchStemsPlurals() throws IOException {
    assertThat(tokens(Language.FR, "droits")).isEqualTo(tokens(Language.FR, "droit"));
  }

  @Test
  void frenchDropsStopWords() throws IOException {
    assertThat(tokens(Language.FR, "les droits de l'homme")).hasSize(2);
  }

  @Test
  void spanishStemsPlurals() throws IOException {
    assertThat(tokens(Language.ES, "derechos")).isEqualTo(tokens(Language.ES, "derecho"));
  }

  @Test
  void spanishDropsStopWords() throws IOException {
    assertThat(tokens(Language.ES, "los derechos de la mujer")).hasSize(2);
  }

  @Test
  void russianStemsCaseEndings() throws IOException {
    assertThat(tokens(Language.RU, "правам")).isEqualTo(tokens(Language.RU, "права"));
  }

  @Test
  void russianFoldsCase() throws IOException {
    assertThat(tokens(Language.RU, "Совет")).isEqualTo(tokens(Language.RU, "совет"));
  }

  @Test
  void arabicNormalisesHamzaOnAlef() throws IOException {
    assertThat(tokens(Language.AR, "أمم")).isEqualTo(tokens(Language.AR, "امم"));
  }

  @Test
  void arabicNormalisesTehMarbuta() throws IOException {
    assertThat(tokens(Language.AR, "منظمة")).isEqualTo(tokens(Language.AR, "منظمه"));
  }

  @Test
  void arabicRemovesDiacritics() throws IOException {
    assertThat(tokens(Language.AR, "حُقُوق")).isEqualTo(tokens(Language.AR, "حقوق"));
  }

  @Test
  void arabicStripsTheDefiniteArticle() throws IOException {
    assertThat(tokens(Language.AR, "الحقوق")).isEqualTo(tokens(Language.AR, "حقوق"));
  }

  @Test
  void chineseSegmentsWordsWithoutSpaces() throws IOException {
    assertThat(tokens(Language.ZH, "人权理事会")).containsExactly("人权", "理事会");
  }

  @Test
  void chineseDropsPunctuation() throws IOException {
    assertThat(tokens(Language.ZH, "人权。")).containsExactly("人权");
  }

  @Test
  void identifiersStayOneTokenFoldedForCase() throws IOException {
    assertThat(tokens(IndexSchema.SYMBOL, "A/HRC/43/G/17")).containsExactly("a/hrc/43/g/17");
  }

  @Test
  void identifiersAreFoldedForAccents() throws IOException {
    assertThat(tokens(IndexSchema.JOB_NUMBER, "GÉ.20-05678")).containsExactly("ge.20-05678");
  }
}
