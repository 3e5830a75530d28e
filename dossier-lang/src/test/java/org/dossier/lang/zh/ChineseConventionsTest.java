package org.dossier.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.Communication;
import org.dossier.lang.CommunicationTitle;
import org.dossier.lang.DateRange;
import org.dossier.lang.DutyStation;
import org.dossier.lang.LanguageConventions;
import org.dossier.lang.Match;
import org.dossier.model.DocType;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

class ChineseConventionsTest {
  private final LanguageConventions zh = LanguageConventions.of(Language.ZH);

  @Test
  void datesAreYearMonthDay() {
    // Rule: 年/月/日 after each number, no padding.
    assertThat(zh.formatDate(LocalDate.of(2016, 3, 23))).isEqualTo("2016年3月23日");
    assertThat(zh.parseDate("２０１６年３月２３日")).contains(LocalDate.of(2016, 3, 23));
  }

  @Test
  void rangesDropWhatTheLastEndShares() {
    // Rule: "2016年2月29日至3月24日": the last end omits the shared year (and month).
    DateRange range = new DateRange(LocalDate.of(2016, 2, 29), LocalDate.of(2016, 3, 24));
    assertThat(zh.formatDateRange(range)).isEqualTo("2016年2月29日至3月24日");
    assertThat(
            zh.formatDateRange(new DateRange(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 27))))
        .isEqualTo("2019年9月9日至27日");
    List<Match<LocalDate>> ends = zh.findDates("会期为2016年2月29日至3月24日。");
    assertThat(ends).extracting(Match::value).containsExactly(range.first(), range.last());
    assertThat(ends.get(1).start()).isEqualTo(14); // just after 至
  }

  @Test
  void sessionsUseChineseNumerals() {
    // Rule: "第" + numeral + "届会议"; an inner zero is 零.
    assertThat(zh.sessionHeading(43)).isEqualTo("第四十三届会议");
    assertThat(zh.sessionHeading(10)).isEqualTo("第十届会议");
    assertThat(zh.parseSessionHeading("第43届会议")).hasValue(43);
    assertThat(zh.findSessionReferences("作为人权理事会第四十三届会议的文件分发"))
        .extracting(Match::value)
        .containsExactly(43);
  }

  @Test
  void agendaHeadingsHaveNoSpaces() {
    // Rule: "议程项目4", "议程项目13和115", provisional "临时议程项目12".
    assertThat(zh.agendaHeading(AgendaHeading.of(4))).isEqualTo("议程项目4");
    assertThat(zh.agendaHeading(AgendaHeading.of(13, 115))).isEqualTo("议程项目13和115");
    assertThat(zh.agendaHeading(new AgendaHeading(List.of(12), true))).isEqualTo("临时议程项目12");
    assertThat(zh.findAgendaReferences("在议程项目4下分发"))
        .extracting(Match::value)
        .containsExactly(AgendaHeading.of(4));
  }

  @Test
  void countriesAreFoundWithoutSpacesLongestFirst() {
    // Rule: no word boundaries; the longest name wins ("阿塞拜疆共和国" over "阿塞拜疆").
    String text = "阿塞拜疆共和国常驻联合国日内瓦办事处代表团和俄罗斯联邦";
    List<Match<String>> found = zh.findCountries(text);
    assertThat(found).extracting(Match::value).containsExactly("AZE", "RUS");
    assertThat(found.get(0).end()).isEqualTo(7);
  }

  @Test
  void titleBeginsWithTheDateAndEndsWithTheDocumentType() {
    // Rule: date, sender, 给 addressee, 的 type.
    String title =
        zh.formatTitle(
            new Communication(
                DocType.NOTE_VERBALE,
                LocalDate.of(2020, 4, 8),
                "AZE",
                DutyStation.GENEVA,
                Addressee.HIGH_COMMISSIONER_OFFICE));
    assertThat(title).isEqualTo("2020年4月8日阿塞拜疆常驻联合国日内瓦办事处代表团给联合国人权事务高级专员办事处的普通照会");
    assertThat(zh.parseTitle(title).orElseThrow().addressee()).isEqualTo("联合国人权事务高级专员办事处");
    String letter =
        zh.formatTitle(
            new Communication(
                DocType.LETTER,
                LocalDate.of(2020, 4, 8),
                "CHN",
                DutyStation.NEW_YORK,
                Addressee.SECRETARY_GENERAL));
    assertThat(letter).isEqualTo("2020年4月8日中国常驻联合国代表给秘书长的信");
  }

  @Test
  void titleWithTheDateFirstGivesDateSenderAndAddressee() {
    CommunicationTitle title = zh.parseTitle("2021年6月3日秘鲁常驻联合国日内瓦办事处代表给人权理事会主席的信").orElseThrow();

    assertThat(title.date()).isEqualTo(LocalDate.of(2021, 6, 3));
    assertThat(title.sender()).isEqualTo("秘鲁常驻联合国日内瓦办事处代表");
    assertThat(title.addressee()).isEqualTo("人权理事会主席");
    assertThat(title.country()).contains("PER");
  }

  @Test
  void titleWithTheDateAfterTheSenderIsReadToo() {
    CommunicationTitle title = zh.parseTitle("秘鲁常驻联合国代表团2021年6月3日给秘书长的普通照会").orElseThrow();

    assertThat(title.date()).isEqualTo(LocalDate.of(2021, 6, 3));
    assertThat(title.sender()).isEqualTo("秘鲁常驻联合国代表团");
    assertThat(title.type()).isEqualTo(DocType.NOTE_VERBALE);
  }

  @Test
  void reproducedAsReceivedNoteInBothWordings() {
    assertThat(zh.isReproducedAsReceivedNote("附件按收到时的原样, 仅以提交语文分发。")).isTrue();
    assertThat(zh.isReproducedAsReceivedNote("* 附件不译，原文照发。")).isTrue();
  }

  @Test
  void annexesAreNumberedWithChineseNumerals() {
    assertThat(zh.annexHeading(new AnnexHeading(2))).isEqualTo("附件二");
    assertThat(zh.parseAnnexHeading("附件十一")).contains(new AnnexHeading(11));
  }

  @org.junit.jupiter.api.Test
  void agendaSubItemsAreReadAsTheirItem() {
    assertThat(zh.parseAgendaHeading("议程项目75(b)").orElseThrow().items()).containsExactly(75);
    assertThat(zh.parseAgendaHeading("议程项目75(b)")).isPresent();
    assertThat(zh.parseAgendaHeading("议程项目70(a)和72")).isPresent();
  }
}
