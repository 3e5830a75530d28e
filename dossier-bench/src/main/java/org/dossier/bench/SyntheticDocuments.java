package org.dossier.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.search.IndexedDocument;

/**
 * Small, seeded, reproducible documents for search benchmarks: an English version and one or two
 * more, words drawn with a skew so some are common and others rare, like real text.
 */
final class SyntheticDocuments {
  static final List<String> BODIES = List.of("HRC", "GA", "SC", "ECOSOC", "CRC");
  static final List<String> COUNTRIES =
      List.of(
          "CHE", "FRA", "VNM", "BRA", "KEN", "IND", "CHN", "RUS", "EGY", "MEX", "NOR", "JPN", "ZAF",
          "ARG", "PAK", "IDN", "NGA", "DEU", "CAN", "PER");
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final int DAYS = 9000;

  private static final List<String> ENGLISH =
      words(
          "council human rights report session torture prevention detention climate change"
              + " ocean security peace development women children education health water food"
              + " refugees migration resolution committee assembly secretary general mission"
              + " permanent state states government international cooperation implementation"
              + " freedom expression violence discrimination poverty sustainable");
  private static final List<String> FRENCH =
      words(
          "conseil droits homme rapport session torture prévention détention climat changement"
              + " océan sécurité paix développement femmes enfants éducation santé eau"
              + " réfugiés migration résolution comité assemblée mission permanente gouvernement");
  private static final List<String> SPANISH =
      words(
          "consejo derechos humanos informe período tortura prevención detención clima cambio"
              + " océano seguridad paz desarrollo mujeres niños educación salud agua"
              + " refugiados migración resolución comité asamblea misión permanente gobierno");
  private static final List<String> RUSSIAN =
      words(
          "совет права человека доклад сессия пытки предупреждение содержание климат изменение"
              + " океан безопасность мир развитие женщины дети образование здоровье вода"
              + " беженцы миграция резолюция комитет ассамблея представительство правительство");
  private static final List<String> ARABIC =
      words(
          "مجلس حقوق الإنسان تقرير الدورة التعذيب منع الاحتجاز المناخ تغير المحيط الأمن السلام"
              + " التنمية المرأة الأطفال التعليم الصحة المياه اللاجئين الهجرة قرار اللجنة الجمعية"
              + " البعثة الدائمة الحكومة");
  private static final List<String> CHINESE =
      words("理事会 人权 报告 届会 酷刑 防止 拘留 气候 变化 海洋 安全 和平 发展 妇女 儿童 教育 卫生 水 难民 移民" + " 决议 委员会 大会 代表团 常驻 政府");

  /** The kinds of document that cite, and the kinds they cite. */
  private static final Set<DocType> CITING = EnumSet.of(DocType.LETTER, DocType.NOTE_VERBALE);

  private static final Set<DocType> CITED = EnumSet.of(DocType.RESOLUTION, DocType.LETTER);
  private static final int MOST_CITATIONS = 3;

  private final Random random;

  /** Draws citations apart, so the rest of the corpus is the one generated before it cited. */
  private final Random citing;

  /** The numbers of the resolutions and letters generated so far, which later letters cite. */
  private final List<Integer> citable = new ArrayList<>();

  SyntheticDocuments(long seed) {
    this.random = new Random(seed);
    this.citing = new Random(~seed);
  }

  /** The symbol of the n-th document; look-ups type it in lower case. */
  static String symbol(int n) {
    return String.format(Locale.ROOT, "A/BENCH/%d/%d", n % 60 + 1, n);
  }

  static List<String> vocabulary(Language language) {
    return switch (language) {
      case EN -> ENGLISH;
      case FR -> FRENCH;
      case ES -> SPANISH;
      case RU -> RUSSIAN;
      case AR -> ARABIC;
      case ZH -> CHINESE;
    };
  }

  /**
   * Documents {@code first} to {@code first + count - 1}; batches must come in order, as later
   * documents cite earlier ones.
   */
  List<IndexedDocument> batch(int first, int count) {
    List<IndexedDocument> batch = new ArrayList<>(count);
    for (int n = first; n < first + count; n++) {
      batch.add(document(n));
    }
    return batch;
  }

  private IndexedDocument document(int n) {
    LocalDate issued = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String body = pick(BODIES);
    int agendaItem = 1 + random.nextInt(10);
    DocType type = pick(List.of(DocType.values()));
    IndexedDocument.Builder document =
        IndexedDocument.builder(String.format(Locale.ROOT, "d%07d", n))
            .symbol(symbol(n))
            .body(body)
            .session(n % 60 + 1, issued.getYear())
            .agendaItem(agendaItem)
            .docType(type)
            .country(pick(COUNTRIES))
            .distribution(random.nextInt(10) == 0 ? Distribution.RESTRICTED : Distribution.GENERAL)
            .issueDate(issued);
    List<String> cited = citations(type);
    cited.forEach(document::citedSymbol);
    if (CITED.contains(type)) {
      citable.add(n);
    }
    Set<Language> languages = EnumSet.of(Language.EN);
    int extra = 1 + random.nextInt(2);
    while (languages.size() < 1 + extra) {
      languages.add(pick(List.of(Language.values())));
    }
    for (Language language : languages) {
      String title = text(language, 8);
      String text = text(language, 60);
      if (language == Language.EN && !cited.isEmpty()) {
        text += " recalling " + String.join(" and ", cited);
      }
      document.version(
          language,
          title,
          text,
          String.format(Locale.ROOT, "%02d-%05d", issued.getYear() % 100, n % 100_000),
          issued);
    }
    return document.build();
  }

  /** What a letter or note verbale cites: one to three earlier resolutions or letters. */
  private List<String> citations(DocType type) {
    if (!CITING.contains(type) || citable.isEmpty()) {
      return List.of();
    }
    Set<String> cited = new LinkedHashSet<>();
    int count = 1 + citing.nextInt(MOST_CITATIONS);
    for (int i = 0; i < count; i++) {
      cited.add(symbol(citable.get(citing.nextInt(citable.size()))));
    }
    return List.copyOf(cited);
  }

  /** Words with a quadratic skew towards the start of the vocabulary. */
  String text(Language language, int words) {
    List<String> vocabulary = vocabulary(language);
    String separator = language == Language.ZH ? "" : " ";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      double r = random.nextDouble();
      text.append(vocabulary.get((int) (r * r * vocabulary.size()))).append(separator);
    }
    return text.toString().strip();
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }
}
