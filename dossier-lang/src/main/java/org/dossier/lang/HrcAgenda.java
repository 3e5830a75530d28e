package org.dossier.lang;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import org.dossier.model.Language;

/**
 * Titles of the ten items of the Human Rights Council's standing agenda (resolution 5/1 of 18 June
 * 2007), in the languages for which a title was found in a source (un-conventions.md §3.1). No
 * title is invented: a missing one is {@link Optional#empty()}. Most non-English titles come from
 * secondary sources and still need checking against an official agenda such as A/HRC/43/1.
 */
public final class HrcAgenda {
  /** Number of items on the standing agenda. */
  public static final int ITEMS = 10;

  /** The known titles, by language and item number. */
  private static final Map<Language, Map<Integer, String>> TITLES =
      Map.of(
          Language.EN,
              Map.ofEntries(
                  entry(1, "Organizational and procedural matters"),
                  entry(
                      2,
                      "Annual report of the United Nations High Commissioner for Human Rights and reports of the"
                          + " Office of the High Commissioner and the Secretary-General"),
                  entry(
                      3,
                      "Promotion and protection of all human rights, civil, political, economic, social and"
                          + " cultural rights, including the right to development"),
                  entry(4, "Human rights situations that require the Council's attention"),
                  entry(5, "Human rights bodies and mechanisms"),
                  entry(6, "Universal periodic review"),
                  entry(
                      7, "Human rights situation in Palestine and other occupied Arab territories"),
                  entry(
                      8,
                      "Follow-up to and implementation of the Vienna Declaration and Programme of Action"),
                  entry(
                      9,
                      "Racism, racial discrimination, xenophobia and related forms of intolerance: follow-up to"
                          + " and implementation of the Durban Declaration and Programme of Action"),
                  entry(10, "Technical assistance and capacity-building")),
          Language.FR,
              Map.ofEntries(
                  entry(1, "Questions d'organisation et de procédure"),
                  entry(
                      2,
                      "Rapport annuel du Haut-Commissaire des Nations Unies aux droits de l'homme et rapports du"
                          + " Haut-Commissariat et du Secrétaire général"),
                  entry(
                      3,
                      "Promotion et protection de tous les droits de l'homme, civils, politiques, économiques,"
                          + " sociaux et culturels, y compris le droit au développement"),
                  entry(
                      4,
                      "Situations relatives aux droits de l'homme qui requièrent l'attention du Conseil"),
                  entry(6, "Examen périodique universel"),
                  entry(
                      7,
                      "La situation des droits de l'homme en Palestine et dans les autres territoires arabes"
                          + " occupés"),
                  entry(
                      8,
                      "Suivi et application de la Déclaration et du Programme d'action de Vienne")),
          Language.ES, Map.ofEntries(entry(1, "Cuestiones de organización y de procedimiento")),
          Language.RU, Map.ofEntries(entry(1, "Организационные и процедурные вопросы")),
          Language.AR,
              Map.ofEntries(
                  entry(1, "المسائل التنظيمية والإجرائية"),
                  entry(
                      2,
                      "التقرير السنوي لمفوض الأمم المتحدة السامي لحقوق الإنسان وتقريرا المفوضية والأمين العام"),
                  entry(
                      3,
                      "تعزيز وحماية حقوق الإنسان كافةً، المدنية والسياسية والاقتصادية والاجتماعية والثقافية،"
                          + " بما فيها الحق في التنمية")),
          Language.ZH,
              Map.ofEntries(
                  entry(1, "组织和程序事项"),
                  entry(4, "需要理事会注意的人权状况"),
                  entry(5, "人权机构和机制"),
                  entry(6, "普遍定期审议"),
                  entry(7, "巴勒斯坦及其他阿拉伯被占领土的人权状况"),
                  entry(8, "《维也纳宣言和行动纲领》的后续行动和执行情况"),
                  entry(9, "种族主义、种族歧视、仇外心理和相关的不容忍现象;《德班宣言和行动纲领》的后续行动和执行情况"),
                  entry(10, "技术援助和能力建设")));

  private HrcAgenda() {}

  /**
   * The title of standing agenda item {@code item} in {@code language}, if known.
   *
   * @throws IllegalArgumentException if {@code item} is not between 1 and {@link #ITEMS}
   */
  public static Optional<String> title(int item, Language language) {
    if (item < 1 || item > ITEMS) {
      throw new IllegalArgumentException(
          "HRC standing agenda item must be between 1 and " + ITEMS + ", got " + item);
    }
    return Optional.ofNullable(TITLES.getOrDefault(language, Map.of()).get(item));
  }
}
