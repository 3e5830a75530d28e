package org.dossier.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A United Nations body whose documents Dossier knows: the principal organs, the General Assembly's
 * main committees, the human rights bodies and two treaty bodies. Each has its official name in the
 * six languages, a short code, its parent body and the symbol series its documents are issued in.
 */
public enum Body {
  // Names in the order English (canonical), French, Spanish, Russian, Arabic, Chinese.
  GENERAL_ASSEMBLY(
      "GA",
      Kind.PRINCIPAL_ORGAN,
      null,
      List.of("A/"),
      "General Assembly",
      "Assemblée générale",
      "Asamblea General",
      "Генеральная Ассамблея",
      "الجمعية العامة",
      "大会"),
  SECURITY_COUNCIL(
      "SC",
      Kind.PRINCIPAL_ORGAN,
      null,
      List.of("S/"),
      "Security Council",
      "Conseil de sécurité",
      "Consejo de Seguridad",
      "Совет Безопасности",
      "مجلس الأمن",
      "安全理事会"),
  ECONOMIC_AND_SOCIAL_COUNCIL(
      "ECOSOC",
      Kind.PRINCIPAL_ORGAN,
      null,
      List.of("E/"),
      "Economic and Social Council",
      "Conseil économique et social",
      "Consejo Económico y Social",
      "Экономический и Социальный Совет",
      "المجلس الاقتصادي والاجتماعي",
      "经济及社会理事会"),
  SECRETARIAT(
      "ST",
      Kind.PRINCIPAL_ORGAN,
      null,
      List.of("ST/"),
      "Secretariat",
      "Secrétariat",
      "Secretaría",
      "Секретариат",
      "الأمانة العامة",
      "秘书处"),
  FIRST_COMMITTEE(
      "C.1",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/C.1/"),
      "First Committee",
      "Première Commission",
      "Primera Comisión",
      "Первый комитет",
      "اللجنة الأولى",
      "第一委员会"),
  SECOND_COMMITTEE(
      "C.2",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/C.2/"),
      "Second Committee",
      "Deuxième Commission",
      "Segunda Comisión",
      "Второй комитет",
      "اللجنة الثانية",
      "第二委员会"),
  THIRD_COMMITTEE(
      "C.3",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/C.3/"),
      "Third Committee",
      "Troisième Commission",
      "Tercera Comisión",
      "Третий комитет",
      "اللجنة الثالثة",
      "第三委员会"),
  FOURTH_COMMITTEE(
      "C.4",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/C.4/"),
      "Fourth Committee",
      "Quatrième Commission",
      "Cuarta Comisión",
      "Четвертый комитет",
      "اللجنة الرابعة",
      "第四委员会"),
  FIFTH_COMMITTEE(
      "C.5",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/C.5/"),
      "Fifth Committee",
      "Cinquième Commission",
      "Quinta Comisión",
      "Пятый комитет",
      "اللجنة الخامسة",
      "第五委员会"),
  SIXTH_COMMITTEE(
      "C.6",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/C.6/"),
      "Sixth Committee",
      "Sixième Commission",
      "Sexta Comisión",
      "Шестой комитет",
      "اللجنة السادسة",
      "第六委员会"),
  HUMAN_RIGHTS_COUNCIL(
      "HRC",
      Kind.SUBSIDIARY,
      GENERAL_ASSEMBLY,
      List.of("A/HRC/"),
      "Human Rights Council",
      "Conseil des droits de l'homme",
      "Consejo de Derechos Humanos",
      "Совет по правам человека",
      "مجلس حقوق الإنسان",
      "人权理事会"),
  HUMAN_RIGHTS_COUNCIL_ADVISORY_COMMITTEE(
      "HRCAC",
      Kind.SUBSIDIARY,
      HUMAN_RIGHTS_COUNCIL,
      List.of("A/HRC/AC/"),
      "Human Rights Council Advisory Committee",
      "Comité consultatif du Conseil des droits de l'homme",
      "Comité Asesor del Consejo de Derechos Humanos",
      "Консультативный комитет Совета по правам человека",
      "اللجنة الاستشارية لمجلس حقوق الإنسان",
      "人权理事会咨询委员会"),
  UNIVERSAL_PERIODIC_REVIEW_WORKING_GROUP(
      "UPR",
      Kind.SUBSIDIARY,
      HUMAN_RIGHTS_COUNCIL,
      List.of("A/HRC/WG.6/"),
      "Working Group on the Universal Periodic Review",
      "Groupe de travail sur l'Examen périodique universel",
      "Grupo de Trabajo sobre el Examen Periódico Universal",
      "Рабочая группа по универсальному периодическому обзору",
      "الفريق العامل المعني بالاستعراض الدوري الشامل",
      "普遍定期审议工作组"),
  COMMISSION_ON_HUMAN_RIGHTS(
      "CHR",
      Kind.SUBSIDIARY,
      ECONOMIC_AND_SOCIAL_COUNCIL,
      List.of("E/CN.4/"),
      "Commission on Human Rights",
      "Commission des droits de l'homme",
      "Comisión de Derechos Humanos",
      "Комиссия по правам человека",
      "لجنة حقوق الإنسان",
      "人权委员会"),
  SUB_COMMISSION(
      "SUBCOM",
      Kind.SUBSIDIARY,
      COMMISSION_ON_HUMAN_RIGHTS,
      List.of("E/CN.4/Sub.2/"),
      "Sub-Commission on the Promotion and Protection of Human Rights",
      "Sous-Commission de la promotion et de la protection des droits de l'homme",
      "Subcomisión de Promoción y Protección de los Derechos Humanos",
      "Подкомиссия по поощрению и защите прав человека",
      "اللجنة الفرعية لتعزيز وحماية حقوق الإنسان",
      "增进和保护人权小组委员会"),
  COMMITTEE_ON_THE_RIGHTS_OF_THE_CHILD(
      "CRC",
      Kind.TREATY_BODY,
      null,
      List.of("CRC/"),
      "Committee on the Rights of the Child",
      "Comité des droits de l'enfant",
      "Comité de los Derechos del Niño",
      "Комитет по правам ребенка",
      "لجنة حقوق الطفل",
      "儿童权利委员会"),
  COMMITTEE_ON_THE_ELIMINATION_OF_DISCRIMINATION_AGAINST_WOMEN(
      "CEDAW",
      Kind.TREATY_BODY,
      null,
      List.of("CEDAW/"),
      "Committee on the Elimination of Discrimination against Women",
      "Comité pour l'élimination de la discrimination à l'égard des femmes",
      "Comité para la Eliminación de la Discriminación contra la Mujer",
      "Комитет по ликвидации дискриминации в отношении женщин",
      "اللجنة المعنية بالقضاء على التمييز ضد المرأة",
      "消除对妇女歧视委员会"),
  HUMAN_RIGHTS_COMMITTEE(
      "CCPR",
      Kind.TREATY_BODY,
      null,
      List.of("CCPR/"),
      "Human Rights Committee",
      "Comité des droits de l'homme",
      "Comité de Derechos Humanos",
      "Комитет по правам человека",
      "اللجنة المعنية بحقوق الإنسان",
      "人权事务委员会"),
  COMMITTEE_ON_THE_ELIMINATION_OF_RACIAL_DISCRIMINATION(
      "CERD",
      Kind.TREATY_BODY,
      null,
      List.of("CERD/"),
      "Committee on the Elimination of Racial Discrimination",
      "Comité pour l'élimination de la discrimination raciale",
      "Comité para la Eliminación de la Discriminación Racial",
      "Комитет по ликвидации расовой дискриминации",
      "لجنة القضاء على التمييز العنصري",
      "消除种族歧视委员会"),
  /** Set up by the Economic and Social Council (resolution 1985/17), which prints its masthead. */
  COMMITTEE_ON_ECONOMIC_SOCIAL_AND_CULTURAL_RIGHTS(
      "CESCR",
      Kind.SUBSIDIARY,
      ECONOMIC_AND_SOCIAL_COUNCIL,
      List.of("E/C.12/"),
      "Committee on Economic, Social and Cultural Rights",
      "Comité des droits économiques, sociaux et culturels",
      "Comité de Derechos Económicos, Sociales y Culturales",
      "Комитет по экономическим, социальным и культурным правам",
      "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية",
      "经济、社会及文化权利委员会");

  /** Where a body stands in the UN system. */
  public enum Kind {
    /** One of the Charter's principal organs. */
    PRINCIPAL_ORGAN,
    /** A body set up by, and reporting to, another body. */
    SUBSIDIARY,
    /** A committee of experts set up by a human rights treaty, outside the organs' hierarchy. */
    TREATY_BODY
  }

  private final String code;
  private final Kind kind;
  private final Body parent;
  private final List<String> series;
  private final Map<Language, String> names = new EnumMap<>(Language.class);

  Body(
      String code,
      Kind kind,
      Body parent,
      List<String> series,
      String en,
      String fr,
      String es,
      String ru,
      String ar,
      String zh) {
    this.code = code;
    this.kind = kind;
    this.parent = parent;
    this.series = series;
    names.putAll(
        Map.of(
            Language.EN,
            en,
            Language.FR,
            fr,
            Language.ES,
            es,
            Language.RU,
            ru,
            Language.AR,
            ar,
            Language.ZH,
            zh));
  }

  /** Every name of every body in the six languages, and former names, for {@link #fromName}. */
  private static final Names<Body> NAMES = nameIndex();

  private static Names<Body> nameIndex() {
    Names<Body> names = new Names<>("body");
    for (Body body : values()) {
      body.names.values().forEach(name -> names.add(name, body));
    }
    // The Sub-Commission's name until 1999, which its older documents carry.
    return names.add(
        "Sub-Commission on Prevention of Discrimination and Protection of Minorities",
        SUB_COMMISSION);
  }

  /**
   * The short code people filter and count bodies by, the same in every language: {@code "HRC"},
   * {@code "GA"}, {@code "ECOSOC"}, {@code "C.3"} for the Third Committee.
   */
  public String code() {
    return code;
  }

  /** The body with a {@linkplain #code() code}, ignoring case: {@code "hrc"}. */
  public static Optional<Body> fromCode(String code) {
    for (Body body : values()) {
      if (body.code.equalsIgnoreCase(code.strip())) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  /** The official English name, used as the canonical one: {@code "Human Rights Council"}. */
  public String canonicalName() {
    return names.get(Language.EN);
  }

  /** The official name in a language: {@code "Conseil des droits de l'homme"}. */
  public String nameIn(Language language) {
    return names.get(language);
  }

  public Kind kind() {
    return kind;
  }

  /** The body this one reports to; empty for principal organs and treaty bodies. */
  public Optional<Body> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * The principal organ this body belongs to (itself for a principal organ): the General Assembly
   * for the Human Rights Council. Empty for treaty bodies.
   */
  public Optional<Body> principalOrgan() {
    Body top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return top.kind == Kind.PRINCIPAL_ORGAN ? Optional.of(top) : Optional.empty();
  }

  /** The symbol series of the body's documents, with final slash: {@code ["A/HRC/"]}. */
  public List<String> series() {
    return series;
  }

  /**
   * The body for an official name in any of the six languages, ignoring case, accents and
   * apostrophe style: {@code "conseil des droits de l’homme"} gives the Human Rights Council.
   */
  public static Optional<Body> fromName(String name) {
    return NAMES.find(name);
  }

  /**
   * The most specific known body whose series the symbol belongs to: the Third Committee for {@code
   * A/C.3/74/L.5}, the Human Rights Council for {@code A/HRC/RES/43/1}, the General Assembly for
   * {@code A/RES/69/274 A}.
   */
  public static Optional<Body> forSymbol(Symbol symbol) {
    String seriesOfSymbol = symbol.series();
    Body best = null;
    int bestLength = 0;
    for (Body body : values()) {
      for (String prefix : body.series) {
        if (seriesOfSymbol.startsWith(prefix) && prefix.length() > bestLength) {
          best = body;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The canonical English name. */
  @Override
  public String toString() {
    return canonicalName();
  }
}
