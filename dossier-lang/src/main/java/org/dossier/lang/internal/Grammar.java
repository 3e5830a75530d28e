package org.dossier.lang.internal;

import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.Language;

/**
 * The precompiled reading side of one language, handed by a language package to {@link
 * BaseConventions}. Patterns are matched case-insensitively against text the base class has not
 * altered; the named groups each pattern must define are listed per component.
 *
 * @param language the language described
 * @param dates date and range syntax
 * @param ordinals session ordinals in words
 * @param sessionHeading a whole heading; group {@code ord} (ordinal words) or {@code num} (digits)
 * @param sessionReference a session in running text; group {@code ord} holds the ordinal and may
 *     hold a few neighbouring words, which are dropped; or group {@code num} (digits)
 * @param agenda agenda headings and references in running text, and as a whole heading; group
 *     {@code nums} (or, in a second alternative, {@code numsOf}) holds the item numbers, group
 *     {@code prov} takes part when the agenda is provisional
 * @param distributionWords folded category words ({@code "generale"}) beyond the English ones
 * @param countries the States' names with their articles, prefixes and inflections
 * @param title a whole communication title; groups {@code type}, {@code date}, {@code sender},
 *     {@code addressee}, and {@code leadingDate} where the date may also come before the sender
 * @param titleTypes folded type words ({@code "note verbale"}) to document types
 * @param reproducedNote the reproduced-as-received footnote, without footnote mark, quotes or final
 *     full stop
 * @param annexHeading a whole annex heading; optional group {@code num}
 * @param annexNumber the number written in an annex heading's {@code num} group, or 0
 */
public record Grammar(
    Language language,
    DateSyntax dates,
    OrdinalWords ordinals,
    Pattern sessionHeading,
    Pattern sessionReference,
    Pattern agenda,
    Map<String, Distribution> distributionWords,
    NameDictionary countries,
    Pattern title,
    Map<String, DocType> titleTypes,
    Pattern reproducedNote,
    Pattern annexHeading,
    ToIntFunction<String> annexNumber) {

  /** A whole session heading whose ordinal words precede {@code noun}: "Forty-third session". */
  public static Pattern ordinalThen(String noun) {
    return Pattern.compile(
        Texts.OPT_SPACE + "(?<ord>[\\p{L}\\s-]+?)" + Texts.SPACE + noun + Texts.OPT_SPACE,
        Texts.FLAGS);
  }

  /**
   * A session in running text: one to {@code maxWords} words, the ordinal among them, before a word
   * matching {@code noun}, a regex.
   */
  public static Pattern ordinalWordsThen(int maxWords, String noun) {
    return Pattern.compile(
        "(?<![\\p{L}])(?<ord>(?:[\\p{L}-]+"
            + Texts.SPACE
            + "){1,"
            + maxWords
            + "})"
            + noun
            + "(?![\\p{L}])",
        Texts.FLAGS);
  }
}
