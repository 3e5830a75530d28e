package org.dossier.lang.zh;

import static org.dossier.lang.internal.Texts.AGENDA_ITEM;
import static org.dossier.lang.internal.Texts.DASH;
import static org.dossier.lang.internal.Texts.DIGIT;
import static org.dossier.lang.internal.Texts.FLAGS;
import static org.dossier.lang.internal.Texts.ITEM;
import static org.dossier.lang.internal.Texts.OPT_SPACE;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.lang.Addressee;
import org.dossier.lang.AgendaHeading;
import org.dossier.lang.AnnexHeading;
import org.dossier.lang.DutyStation;
import org.dossier.lang.internal.BaseConventions;
import org.dossier.lang.internal.CountryNames;
import org.dossier.lang.internal.DateSyntax;
import org.dossier.lang.internal.DateWriter;
import org.dossier.lang.internal.Grammar;
import org.dossier.lang.internal.NameDictionary;
import org.dossier.lang.internal.OrdinalWords;
import org.dossier.lang.internal.Texts;
import org.dossier.lang.internal.TitleWords;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * Chinese conventions of UN documents: {@code 2016年3月23日}, {@code 2016年2月29日至3月24日}, {@code
 * 第四十三届会议}, {@code 议程项目13和115}, {@code 临时议程项目12}, State names found without word boundaries
 * (longest match), and titles that begin with the sender's date and end with the document type
 * ({@code 2020年5月15日…代表给人权理事会主席的信}; the date after the sender is read too). Chinese mastheads keep
 * the distribution and {@code Original:} lines in English.
 */
public final class ChineseConventions extends BaseConventions {
  private static final OrdinalWords NUMERALS = numerals();

  /** Date, sender, "给" addressee, "的" and the type last. */
  private static final TitleWords TITLE_WORDS =
      new TitleWords(
          "{date}{country}{station}代表团给{addressee}的普通照会",
          "{date}{country}{station}代表给{addressee}的信",
          "{date}{country}{station}代表给{addressee}的同文信",
          Map.of(DutyStation.GENEVA, "常驻联合国日内瓦办事处", DutyStation.NEW_YORK, "常驻联合国"),
          Map.of(
              Addressee.HIGH_COMMISSIONER_OFFICE,
              "联合国人权事务高级专员办事处",
              Addressee.SECRETARY_GENERAL,
              "秘书长",
              Addressee.PRESIDENT_OF_THE_COUNCIL,
              "人权理事会主席",
              Addressee.SECRETARY_GENERAL_AND_PRESIDENT_OF_THE_SECURITY_COUNCIL,
              "秘书长和安全理事会主席"));

  /** The single instance (declared after the tables it needs). */
  public static final ChineseConventions INSTANCE = new ChineseConventions();

  private ChineseConventions() {
    super(grammar(), new ChineseDates(), TITLE_WORDS);
  }

  private static Grammar grammar() {
    String number = DIGIT + "{1,2}";
    String year = DIGIT + "{4}";
    DateSyntax dates =
        new DateSyntax(
            "(?<y>" + year + ")" + OPT_SPACE + "年" + OPT_SPACE + "(?<m>" + number + ")" + OPT_SPACE
                + "月" + OPT_SPACE + "(?<d>" + number + ")" + OPT_SPACE + "日",
            "(?<y1>" + year + ")" + OPT_SPACE + "年" + OPT_SPACE + "(?<m1>" + number + ")"
                + OPT_SPACE + "月" + OPT_SPACE + "(?<d1>" + number + ")" + OPT_SPACE + "日",
            OPT_SPACE + "(?:至|到|" + DASH + "|～|~)" + OPT_SPACE,
            "(?:(?<y2>"
                + year
                + ")"
                + OPT_SPACE
                + "年"
                + OPT_SPACE
                + ")?(?:(?<m2>"
                + number
                + ")"
                + OPT_SPACE
                + "月"
                + OPT_SPACE
                + ")?(?<d2>"
                + number
                + ")"
                + OPT_SPACE
                + "日",
            Texts::number);
    String agenda =
        "(?<prov>临时)?议程项目"
            + OPT_SPACE
            + "(?<nums>"
            + AGENDA_ITEM
            + "(?:"
            + OPT_SPACE
            + "[和、,，及]"
            + OPT_SPACE
            + AGENDA_ITEM
            + ")*)";
    String numeral = "(?<ord>[〇零一二三四五六七八九十百]+|" + ITEM + ")";
    return new Grammar(
        Language.ZH,
        dates,
        NUMERALS,
        Pattern.compile(OPT_SPACE + "第" + numeral + "届会议" + OPT_SPACE, FLAGS),
        Pattern.compile("第" + numeral + "届(?:会议)?", FLAGS),
        Pattern.compile(agenda, FLAGS),
        Map.of(),
        countries(),
        Pattern.compile(
            "(?<leadingDate>"
                + year
                + "\\s*年.+?日)?(?<sender>.+?)(?<date>"
                + year
                + "\\s*年.+?日)?\\s*[给致](?<addressee>.+?)的(?<type>普通照会|同文信|信)。?",
            FLAGS | Pattern.DOTALL),
        Map.of("普通照会", DocType.NOTE_VERBALE, "同文信", DocType.LETTER, "信", DocType.LETTER),
        Pattern.compile("(?:各)?附件(?:按收到时的原样|不译)\\s*[，,、]?\\s*(?:仅以提交语文分发|原文照发)", FLAGS),
        Pattern.compile("附件\\s*(?<num>[〇零一二三四五六七八九十百]+|[ivxlc]+|\\d+)?", FLAGS),
        ChineseConventions::annexNumber);
  }

  /**
   * ICU's Chinese numerals ("十三", "一百"), with 零 for an inner zero as in "一百零一" where ICU writes 〇;
   * Arabic digits are read as well ("第43届会议").
   */
  private static OrdinalWords numerals() {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
    return new OrdinalWords(n -> spellout.format(n, "%spellout-numbering").replace('〇', '零'))
        .acceptAll(n -> spellout.format(n, "%spellout-numbering"))
        .acceptAll(Integer::toString);
  }

  private static int annexNumber(String written) {
    int number = Texts.romanOrDecimal(written);
    return number > 0 ? number : NUMERALS.read(written).orElse(0);
  }

  /** Names are matched anywhere (no spaces); long forms add 共和国 or 王国 after the name. */
  private static NameDictionary countries() {
    return CountryNames.dictionary(Language.ZH, false, name -> List.of(name + "共和国", name + "王国"));
  }

  /** Year, month and day: "2016年2月29日"; a range's last end drops what it shares with the first. */
  private static final class ChineseDates implements DateWriter {
    @Override
    public String format(LocalDate date) {
      return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "2016年2月29日至3月24日", "2019年9月9日至27日". */
    @Override
    public String formatRange(LocalDate first, LocalDate last) {
      String end;
      if (first.getYear() != last.getYear()) {
        end = format(last);
      } else if (first.getMonth() != last.getMonth()) {
        end = last.getMonthValue() + "月" + last.getDayOfMonth() + "日";
      } else {
        end = last.getDayOfMonth() + "日";
      }
      return format(first) + "至" + end;
    }
  }

  @Override
  public String sessionHeading(int number) {
    return "第" + ordinal(number) + "届会议";
  }

  @Override
  public String councilYearHeading(int number) {
    return "第" + ordinal(number) + "年";
  }

  @Override
  public String sessionReference(int number) {
    return sessionHeading(number);
  }

  @Override
  public String agendaHeading(AgendaHeading heading) {
    return (heading.provisional() ? "临时议程项目" : "议程项目") + items(heading);
  }

  /** "议程项目4下", as in "在议程项目4下分发". */
  @Override
  public String agendaReference(AgendaHeading heading) {
    return agendaHeading(heading) + "下";
  }

  private static String items(AgendaHeading heading) {
    return Texts.list(heading.items(), "、", "和");
  }

  @Override
  public String versionLanguageLine() {
    return "Chinese";
  }

  @Override
  public String ofCountry(String alpha3) {
    return countryName(alpha3);
  }

  /** The same sentence serves one annex or several. */
  @Override
  public String reproducedAsReceivedNote(boolean plural) {
    return "附件按收到时的原样，仅以提交语文分发。";
  }

  @Override
  public String annexHeading(AnnexHeading heading) {
    return heading.isNumbered() ? "附件" + NUMERALS.write(heading.number()) : "附件";
  }

  /** Characters that never end a title: a particle and conjunctions. */
  private static final String MID_PHRASE_ENDS = "的和与及或并对于在";

  @Override
  public boolean endsMidPhrase(CharSequence line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end > 0 && MID_PHRASE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
  }
}
