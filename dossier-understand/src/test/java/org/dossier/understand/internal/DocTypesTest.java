package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.DocType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocTypesTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "A/HRC/46/L.12|Anything|DRAFT_RESOLUTION",
        "A/HRC/RES/46/1|-|RESOLUTION",
        "A/HRC/DEC/46/101|-|DECISION",
        "A/HRC/46/NGO/3|-|NGO_STATEMENT",
        "-|Note verbale dated 3 March 2021 from the Permanent Mission|NOTE_VERBALE",
        "-|Lettre datée du 3 mars 2021|LETTER",
        "-|Proyecto de resolución|DRAFT_RESOLUTION",
        "-|Доклад Специального докладчика|REPORT",
        "-|مذكرة شفوية مؤرخة|NOTE_VERBALE",
        "-|2021年3月3日肯尼亚常驻代表给人权理事会主席的信|LETTER",
        "-|Provisional agenda|AGENDA",
        "-|Written statement submitted by Friends of the Earth|NGO_STATEMENT",
        "-|Note by the Secretariat|NOTE",
        "A/HRC/46/G/5|Something else entirely|OTHER"
      })
  void symbolMarkersFirstThenTitleOpenings(String symbol, String title, DocType expected) {
    assertThat(DocTypes.of(symbol, title)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Note by the Secretary-General|NOTE",
        "Note du Secrétariat|NOTE",
        "Доклад Специального докладчика|REPORT",
        "秘书长的说明|NOTE"
      })
  void lineUnderTheTitleNamesTheKind(String line, DocType expected) {
    assertThat(DocTypes.typeLine(line)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Egypt, Georgia and India: draft resolution|DRAFT_RESOLUTION",
        "Египет и Индия: проект резолюции|DRAFT_RESOLUTION",
        "Resolution adopted by the Human Rights Council on 28 February 2021|RESOLUTION",
        "人权理事会2021年2月28日通过的决议|RESOLUTION"
      })
  void sponsorsAndAdoptionLinesPrecedeTheTitle(String line, DocType expected) {
    assertThat(DocTypes.titlePreamble(line)).isEqualTo(expected);
    assertThat(DocTypes.titlePreamble("The right to development")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'Belarus and Cuba: revised draft resolution'",
    "'Bélarus et Cuba : projet de résolution révisé'",
    "'Belarús y Cuba: proyecto de resolución revisado'",
    "'Беларусь и Куба: пересмотренный проект резолюции'",
    "'بيلاروس وكوبا: مشروع قرار منقح'",
    "'白俄罗斯和古巴：订正决议草案'"
  })
  void revisedDraftSponsorsLinePrecedesTheTitle(String line) {
    assertThat(DocTypes.titlePreamble(line)).isEqualTo(DocType.DRAFT_RESOLUTION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Decision adopted by the Human Rights Council on 22 June 2020",
        "Décision adoptée par le Conseil des droits de l'homme le 22 juin 2020",
        "Decisión adoptada por el Consejo de Derechos Humanos el 22 de junio de 2020",
        "Решение, принятое Советом по правам человека 22 июня 2020 года",
        "مقرر اتخذه مجلس حقوق الإنسان في 22 حزيران/يونيه 2020",
        "人权理事会2020年6月22日通过的决定"
      })
  void decisionAdoptionLinesPrecedeTheTitle(String line) {
    assertThat(DocTypes.titlePreamble(line)).isEqualTo(DocType.DECISION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[on the report of the Third Committee (A/74/399)]",
        "[without reference to a Main Committee (A/71/L.4)]",
        "[sans renvoi à une grande commission (A/71/L.4)]",
        "[未经发交主要委员会(A/71/L.4)]"
      })
  void assemblyResolutionCommitteeLinePrecedesTheTitle(String line) {
    assertThat(DocTypes.titlePreamble(line)).isEqualTo(DocType.RESOLUTION);
    assertThat(DocTypes.titlePreamble("[Original: English]")).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Австрия*, Бельгия* и Чили*: проект резолюции|Австрия*, Бельгия* и Чили*|DRAFT_RESOLUTION",
        "Казахстан и Узбекистан: проект решения|Казахстан и Узбекистан|DECISION",
        "الأردن، والبحرين*: مشروع مقرر|الأردن، والبحرين*|DECISION",
        "中国、巴基斯坦和尼泊尔*：决定草案|中国、巴基斯坦和尼泊尔*|DECISION"
      })
  void aSponsorsLineNamesItsSponsorsAndADraftDecisionIsADecision(
      String line, String sponsors, DocType type) {
    assertThat(DocTypes.sponsors(line)).isEqualTo(sponsors);
    assertThat(DocTypes.titlePreamble(line)).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Национальный доклад, представленный в соответствии с пунктом 5|REPORT",
        "关于老挝人民民主共和国第五和第六次合并定期报告的结论性意见|OTHER",
        "根据人权理事会第16/21号决议附件第5段提交的国家报告|REPORT"
      })
  void titlesNameTheirKindWhereTheirLanguagePutsIt(String title, DocType type) {
    assertThat(DocTypes.of(null, title)).isEqualTo(type);
  }

  @Test
  void aTypeLinesFootnoteMarkHidesNoKind() {
    assertThat(DocTypes.typeLine("受教育权问题特别报告员的报告*")).isEqualTo(DocType.REPORT);
  }
}
