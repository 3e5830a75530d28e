package org.dossier.search.lucene;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.dossier.search.IndexedDocument;

/** A handful of documents written for these tests, covering the six languages and the facets. */
final class Fixtures {
  static final String NOTE_VERBALE = "hrc-43-g-17";
  static final String SESSION_REPORT = "hrc-43-2";
  static final String SESSION_REPORT_ADDENDUM = "hrc-43-2-add-1";
  static final String DRAFT_RESOLUTION = "ga-75-l-1";
  static final String RESTRICTED_PAPER = "hrc-wg8-crp-2";
  static final String SECURITY_COUNCIL_LETTER = "s-2020-123";

  private Fixtures() {}

  static List<IndexedDocument> all() {
    return List.of(
        noteVerbale(),
        sessionReport(),
        sessionReportAddendum(),
        draftResolution(),
        restrictedPaper(),
        securityCouncilLetter());
  }

  /** A note verbale in all six languages. */
  static IndexedDocument noteVerbale() {
    LocalDate issued = LocalDate.of(2020, 2, 20);
    return IndexedDocument.builder(NOTE_VERBALE)
        .symbol("A/HRC/43/G/17")
        .body("HRC")
        .organ("Human Rights Council")
        .session(43, 2020)
        .agendaItem(3)
        .agendaItem(4)
        .docType(DocType.NOTE_VERBALE)
        .country("CHE")
        .distribution(Distribution.GENERAL)
        .issueDate(issued)
        .version(
            Language.EN,
            "Note verbale from the Permanent Mission of Switzerland on the prevention of torture",
            "The Permanent Mission of Switzerland presents its compliments and transmits its views"
                + " on the prevention of torture in places of detention. Rights & Duties <b> of"
                + " States are recalled in the annex.",
            "GE.20-02345(E)",
            issued)
        .version(
            Language.FR,
            "Note verbale de la Mission permanente de la Suisse sur la prévention de la torture",
            "La Mission permanente de la Suisse présente ses compliments et transmet ses vues sur"
                + " la prévention de la torture dans les lieux de détention.",
            "GE.20-02345(F)",
            issued)
        .version(
            Language.ES,
            "Nota verbal de la Misión Permanente de Suiza sobre la prevención de la tortura",
            "La Misión Permanente de Suiza saluda atentamente y transmite sus opiniones sobre la"
                + " prevención de la tortura en los lugares de detención.",
            "GE.20-02345(S)",
            issued)
        .version(
            Language.RU,
            "Вербальная нота Постоянного представительства Швейцарии о предупреждении пыток",
            "Постоянное представительство Швейцарии свидетельствует свое уважение и препровождает"
                + " свои соображения о предупреждении пыток в местах содержания под стражей.",
            "GE.20-02345(R)",
            issued)
        .version(
            Language.AR,
            "مذكرة شفوية من البعثة الدائمة لسويسرا بشأن منع التعذيب",
            "تهدي البعثة الدائمة لسويسرا تحياتها وتحيل آراءها بشأن منع التعذيب في أماكن الاحتجاز.",
            "GE.20-02345(A)",
            issued)
        .version(
            Language.ZH,
            "瑞士常驻代表团关于防止酷刑的普通照会",
            "瑞士常驻代表团向人权理事会致意，并转交其关于在拘留场所防止酷刑的意见。",
            "GE.20-02345(C)",
            issued)
        .build();
  }

  static IndexedDocument sessionReport() {
    LocalDate issued = LocalDate.of(2020, 3, 10);
    return IndexedDocument.builder(SESSION_REPORT)
        .symbol("A/HRC/43/2")
        // Its English text cites the note verbale, as the import would have read.
        .citedSymbol("A/HRC/43/G/17")
        .body("HRC")
        .session(43, 2020)
        .agendaItem(1)
        .docType(DocType.REPORT)
        .distribution(Distribution.GENERAL)
        .issueDate(issued)
        .version(
            Language.EN,
            "Report of the Human Rights Council on its forty-third session",
            "The Council discussed climate change and human rights during its forty-third session"
                + " and took note of document A/HRC/43/G/17.",
            "GE.20-03456(E)",
            issued)
        .version(
            Language.FR,
            "Rapport du Conseil des droits de l'homme sur sa quarante-troisième session",
            "Le Conseil a examiné les changements climatiques et les droits de l'homme.",
            "GE.20-03456(F)",
            issued)
        .build();
  }

  static IndexedDocument sessionReportAddendum() {
    LocalDate issued = LocalDate.of(2020, 3, 15);
    return IndexedDocument.builder(SESSION_REPORT_ADDENDUM)
        .symbol("A/HRC/43/2/Add.1")
        .familySymbol("A/HRC/43/2")
        .body("HRC")
        .session(43, 2020)
        .agendaItem(1)
        .docType(DocType.REPORT)
        .distribution(Distribution.GENERAL)
        .issueDate(issued)
        .version(
            Language.EN,
            "Report of the Human Rights Council on its forty-third session: addendum",
            "Views of States on the report, received after the session closed.",
            "GE.20-03999(E)",
            issued)
        .build();
  }

  static IndexedDocument draftResolution() {
    LocalDate issued = LocalDate.of(2020, 9, 15);
    return IndexedDocument.builder(DRAFT_RESOLUTION)
        .symbol("A/75/L.1")
        .alternateSymbol("A/C.3/75/L.1")
        .provisional(true)
        .body("GA")
        .session(75, 2020)
        .agendaItem(12)
        .docType(DocType.DRAFT_RESOLUTION)
        .distribution(Distribution.LIMITED)
        .issueDate(issued)
        .version(
            Language.EN,
            "Draft resolution on the prevention of torture",
            "The General Assembly condemns all forms of torture and calls for its prevention.",
            "20-11111(E)",
            issued)
        .version(
            Language.ES,
            "Proyecto de resolución sobre la prevención de la tortura",
            "La Asamblea General condena todas las formas de tortura.",
            "20-11111(S)",
            issued)
        .version(
            Language.RU,
            "Проект резолюции о предупреждении пыток",
            "Генеральная Ассамблея осуждает все формы пыток.",
            "20-11111(R)",
            issued)
        .build();
  }

  static IndexedDocument restrictedPaper() {
    LocalDate issued = LocalDate.of(2021, 1, 20);
    return IndexedDocument.builder(RESTRICTED_PAPER)
        .symbol("A/HRC/WG.8/1/CRP.2")
        .body("HRC")
        .session(1, 2021)
        .docType(DocType.NOTE)
        .country("FRA")
        .distribution(Distribution.RESTRICTED)
        .issueDate(issued)
        .version(
            Language.EN,
            "Conference room paper on detention conditions",
            "Confidential notes on torture in detention, for members of the working group only.",
            "GE.21-00001(E)",
            issued)
        .build();
  }

  static IndexedDocument securityCouncilLetter() {
    LocalDate issued = LocalDate.of(2020, 2, 1);
    return IndexedDocument.builder(SECURITY_COUNCIL_LETTER)
        .symbol("S/2020/123")
        .body("SC")
        .session(null, 2020)
        .docType(DocType.LETTER)
        .country("VNM")
        .distribution(Distribution.GENERAL)
        .issueDate(issued)
        .version(
            Language.EN,
            "Letter from the Permanent Representative of Viet Nam to the President of the Security"
                + " Council",
            "I have the honour to transmit a statement on maritime safety.",
            "20-01234(E)",
            issued)
        .version(Language.ZH, "越南常驻代表给安全理事会主席的信", "谨转递一份关于海上安全的声明。", "20-01234(C)", issued)
        .version(
            Language.AR,
            "رسالة من الممثل الدائم لفييت نام إلى رئيس مجلس الأمن",
            "أتشرف بأن أحيل بيانا بشأن السلامة البحرية.",
            "20-01234(A)",
            issued)
        .build();
  }

  /**
   * A small English document about oceans: {@code repeats} decides how relevant it is to "ocean",
   * so generated sets have varied scores, and many share a date so the id must break ties.
   */
  static IndexedDocument generated(String id, LocalDate issued, int repeats) {
    return IndexedDocument.builder(id)
        .symbol("A/GEN/" + id)
        .body("GEN")
        .docType(org.dossier.model.DocType.NOTE)
        .distribution(Distribution.GENERAL)
        .issueDate(issued)
        .version(
            Language.EN,
            "Generated note " + id,
            "ocean ".repeat(repeats) + "and other words about the sea to vary the length",
            null,
            issued)
        .build();
  }
}
