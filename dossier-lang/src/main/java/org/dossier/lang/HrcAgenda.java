package org.dossier.lang;

import java.util.EnumMap;
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

  private static final Map<Language, String[]> TITLES = new EnumMap<>(Language.class);

  static {
    TITLES.put(
        Language.EN,
        new String[] {
          "Organizational and procedural matters",
          "Annual report of the United Nations High Commissioner for Human Rights and reports of the"
              + " Office of the High Commissioner and the Secretary-General",
          "Promotion and protection of all human rights, civil, political, economic, social and"
              + " cultural rights, including the right to development",
          "Human rights situations that require the Council's attention",
          "Human rights bodies and mechanisms",
          "Universal periodic review",
          "Human rights situation in Palestine and other occupied Arab territories",
          "Follow-up to and implementation of the Vienna Declaration and Programme of Action",
          "Racism, racial discrimination, xenophobia and related forms of intolerance: follow-up to"
              + " and implementation of the Durban Declaration and Programme of Action",
          "Technical assistance and capacity-building"
        });
    TITLES.put(
        Language.FR,
        new String[] {
          "Questions d'organisation et de procédure",
          "Rapport annuel du Haut-Commissaire des Nations Unies aux droits de l'homme et rapports du"
              + " Haut-Commissariat et du Secrétaire général",
          "Promotion et protection de tous les droits de l'homme, civils, politiques, économiques,"
              + " sociaux et culturels, y compris le droit au développement",
          "Situations relatives aux droits de l'homme qui requièrent l'attention du Conseil",
          null,
          "Examen périodique universel",
          "La situation des droits de l'homme en Palestine et dans les autres territoires arabes"
              + " occupés",
          "Suivi et application de la Déclaration et du Programme d'action de Vienne",
          null,
          null
        });
    TITLES.put(
        Language.ES,
        new String[] {
          "Cuestiones de organización y de procedimiento",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null
        });
    TITLES.put(
        Language.RU,
        new String[] {
          "Организационные и процедурные вопросы",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null
        });
    TITLES.put(
        Language.AR,
        new String[] {
          "المسائل التنظيمية والإجرائية",
          "التقرير السنوي لمفوض الأمم المتحدة السامي لحقوق الإنسان وتقريرا المفوضية والأمين العام",
          "تعزيز وحماية حقوق الإنسان كافةً، المدنية والسياسية والاقتصادية والاجتماعية والثقافية،"
              + " بما فيها الحق في التنمية",
          null,
          null,
          null,
          null,
          null,
          null,
          null
        });
    TITLES.put(
        Language.ZH,
        new String[] {
          "组织和程序事项",
          null,
          null,
          "需要理事会注意的人权状况",
          "人权机构和机制",
          "普遍定期审议",
          "巴勒斯坦及其他阿拉伯被占领土的人权状况",
          "《维也纳宣言和行动纲领》的后续行动和执行情况",
          "种族主义、种族歧视、仇外心理和相关的不容忍现象;《德班宣言和行动纲领》的后续行动和执行情况",
          "技术援助和能力建设"
        });
  }

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
    return Optional.ofNullable(TITLES.get(language)[item - 1]);
  }
}
