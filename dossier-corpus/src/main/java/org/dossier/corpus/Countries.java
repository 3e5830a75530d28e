package org.dossier.corpus;

import java.util.List;
import org.dossier.model.Language;

/**
 * The Member States that write to the generator's bodies, with the official languages each is
 * likely to write in (the first is the most likely). Names come from dossier-lang.
 */
final class Countries {
  record Country(String alpha3, List<Language> languages) {}

  static final List<Country> ALL =
      List.of(
          of("AZE", Language.EN, Language.RU),
          of("ARM", Language.EN, Language.RU),
          of("FRA", Language.FR),
          of("ESP", Language.ES),
          of("RUS", Language.RU),
          of("CHN", Language.ZH),
          of("EGY", Language.AR, Language.EN),
          of("MAR", Language.FR, Language.AR),
          of("DZA", Language.AR, Language.FR),
          of("SAU", Language.AR),
          of("QAT", Language.AR, Language.EN),
          of("TUN", Language.FR, Language.AR),
          of("LBN", Language.AR, Language.FR),
          of("ARG", Language.ES),
          of("BRA", Language.EN, Language.ES),
          of("MEX", Language.ES),
          of("CUB", Language.ES),
          of("COL", Language.ES),
          of("CHL", Language.ES),
          of("PAK", Language.EN),
          of("IND", Language.EN),
          of("UKR", Language.EN, Language.RU),
          of("GEO", Language.EN),
          of("BLR", Language.RU),
          of("KAZ", Language.RU, Language.EN),
          of("NGA", Language.EN),
          of("ZAF", Language.EN),
          of("KEN", Language.EN),
          of("SEN", Language.FR),
          of("CMR", Language.FR, Language.EN),
          of("TUR", Language.EN),
          of("DEU", Language.EN),
          of("GBR", Language.EN),
          of("JPN", Language.EN),
          of("IDN", Language.EN),
          of("PHL", Language.EN),
          of("VNM", Language.EN),
          of("CHE", Language.FR, Language.EN),
          of("NOR", Language.EN),
          of("CAN", Language.EN, Language.FR),
          of("BEL", Language.FR),
          of("HTI", Language.FR));

  private Countries() {}

  private static Country of(String alpha3, Language... languages) {
    return new Country(alpha3, List.of(languages));
  }
}
