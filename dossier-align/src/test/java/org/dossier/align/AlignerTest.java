package org.dossier.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases with hand-written expected beads. */
class AlignerTest {
  @Test
  void oneSentenceTranslatedAsTwo() {
    List<String> english =
        List.of(
            "The Human Rights Council held its forty-third session from 24 February to 20 March 2020.",
            "It adopted resolution 43/1, which requests the Secretary-General to submit a report at the forty-sixth session, and decided to continue its consideration of the question under agenda item 4.",
            "The President closed the session.");
    List<String> french =
        List.of(
            "Le Conseil des droits de l'homme a tenu sa quarante-troisième session du 24 février au 20 mars 2020.",
            "Il a adopté la résolution 43/1, dans laquelle il prie le Secrétaire général de lui présenter un rapport à sa quarante-sixième session.",
            "Il a décidé de poursuivre l'examen de la question au titre du point 4 de l'ordre du jour.",
            "Le Président a prononcé la clôture de la session.");
    assertThat(Aligner.forLanguages("en", "fr").align(english, french))
        .containsExactly(Bead.of(0, 1, 0, 1), Bead.of(1, 1, 1, 2), Bead.of(2, 1, 3, 1));
  }

  @Test
  void aSentenceMissingFromOneVersionIsLeftOut() {
    List<String> english =
        List.of(
            "Paragraph 12 of resolution 60/251 applies.",
            "The report is contained in document A/HRC/43/1.",
            "The Special Rapporteur visited the country from 2 to 13 September 2019.",
            "She met representatives of the Government and of civil society.",
            "A corrigendum was issued on 3 March 2020 to correct the date in paragraph 7.",
            "The Council took note of the report on 15 March 2020.",
            "It decided to consider the matter again at its forty-sixth session.");
    List<String> russian =
        List.of(
            "Применяется пункт 12 резолюции 60/251.",
            "Доклад содержится в документе A/HRC/43/1.",
            "Специальный докладчик посетила страну 2–13 сентября 2019 года.",
            "Она встретилась с представителями правительства и гражданского общества.",
            "Совет принял к сведению доклад 15 марта 2020 года.",
            "Он постановил вновь рассмотреть этот вопрос на своей сорок шестой сессии.");
    assertThat(Aligner.forLanguages("en", "ru").align(english, russian))
        .containsExactly(
            Bead.of(0, 1, 0, 1),
            Bead.of(1, 1, 1, 1),
            Bead.of(2, 1, 2, 1),
            Bead.of(3, 1, 3, 1),
            Bead.of(4, 1, 4, 0),
            Bead.of(5, 1, 4, 1),
            Bead.of(6, 1, 5, 1));
  }

  @Test
  void aPathFarFromTheDiagonalWidensTheBand() {
    // 60 sentences only in the source, then 300 that both have: at source sentence 60 the right
    // path is 50 target sentences off the diagonal, outside the first band (±40).
    List<String> english = new java.util.ArrayList<>();
    List<String> french = new java.util.ArrayList<>();
    for (int k = 0; k < 60; k++) {
      english.add("Preliminary remark without a counterpart, kept in the English text only.");
    }
    for (int k = 0; k < 300; k++) {
      english.add("Item " + (1000 + k) + " was allocated " + (7 * k + 3) + " thousand dollars.");
      french.add("Le poste " + (1000 + k) + " a reçu " + (7 * k + 3) + " milliers de dollars.");
    }
    List<Bead> beads = Aligner.forLanguages("en", "fr").align(english, french);
    List<Bead> expected = new java.util.ArrayList<>();
    for (int k = 0; k < 60; k++) {
      expected.add(Bead.of(k, 1, 0, 0));
    }
    for (int k = 0; k < 300; k++) {
      expected.add(Bead.of(60 + k, 1, k, 1));
    }
    assertThat(beads).containsExactlyElementsOf(expected);
  }

  @Test
  void emptyVersionsGiveOnlyInsertions() {
    assertThat(Aligner.forLanguages("en", "zh").align(List.of("One.", "Two."), List.of()))
        .containsExactly(Bead.of(0, 1, 0, 0), Bead.of(1, 1, 0, 0));
  }

  @Test
  void listLabelsOfDifferentScriptsMeet() {
    assertThat(Tokens.anchors("(a) x (b) y")).containsExactly("§1", "§2");
    assertThat(Tokens.anchors("(а) x б) y")).containsExactly("§1", "§2");
    assertThat(Tokens.anchors("(أ) x (ب) y")).containsExactly("§1", "§2");
    assertThat(Tokens.anchors("٢٠٢٠ and 2020 and 1,000"))
        .containsExactly("#2020", "#2020", "#1", "#0");
    assertThat(Tokens.anchors("see A/HRC/43/1")).contains("@A/HRC/43/1");
  }
}
