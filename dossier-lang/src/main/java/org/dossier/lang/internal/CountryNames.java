package org.dossier.lang.internal;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.Language;

/**
 * Names of States in the six languages: CLDR display names (ICU4J) with the UN short names laid
 * over them ({@code un-country-names.tsv}) and other names read but not written ({@code
 * country-aliases.tsv}).
 */
public final class CountryNames {
  /** The 193 Member States of the United Nations, by alpha-3 code. */
  public static final Set<String> MEMBER_STATES =
      Set.of(
          ("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH"
                  + " BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV"
                  + " CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA"
                  + " GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL"
                  + " ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG"
                  + " MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD"
                  + " NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU"
                  + " RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD"
                  + " ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE"
                  + " GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE")
              .split(" "));

  /** The two non-member observer States: the Holy See and the State of Palestine. */
  public static final Set<String> OBSERVER_STATES = Set.of("VAT", "PSE");

  private static final Map<String, String> ALPHA2 = alpha2Codes();
  private static final Map<Language, Map<String, String>> UN_NAMES = unNames();
  private static final Map<Language, Map<String, List<String>>> ALIASES = aliases();

  private CountryNames() {}

  /** Whether {@code alpha3} is a Member or observer State. */
  public static boolean isState(String alpha3) {
    return MEMBER_STATES.contains(alpha3) || OBSERVER_STATES.contains(alpha3);
  }

  /**
   * The UN short name of a State in {@code language}.
   *
   * @throws IllegalArgumentException if {@code alpha3} is not an ISO 3166-1 alpha-3 code CLDR knows
   */
  public static String name(String alpha3, Language language) {
    String un = UN_NAMES.get(language).get(alpha3);
    return un != null ? un : cldrName(alpha3, language);
  }

  /** The CLDR display name, which may differ from the UN's. */
  public static String cldrName(String alpha3, Language language) {
    String alpha2 = alpha3 == null ? null : ALPHA2.get(alpha3.toUpperCase(Locale.ROOT));
    if (alpha2 == null) {
      throw new IllegalArgumentException(
          "Unknown country code '" + alpha3 + "': expected an ISO 3166-1 alpha-3 code such as AZE");
    }
    String name = new ULocale("", alpha2).getDisplayCountry(new ULocale(language.code()));
    // CLDR's English short forms ("St. Kitts & Nevis") are not the UN's ("Saint Kitts and Nevis").
    return language == Language.EN
        ? name.replace(" & ", " and ").replace("St. ", "Saint ").replace('\u2019', '\'')
        : name.replace('\u2019', '\'');
  }

  /** Every name a reader may meet for a State: UN name, CLDR name and known aliases. */
  public static List<String> readableNames(String alpha3, Language language) {
    List<String> names = new ArrayList<>();
    names.add(name(alpha3, language));
    names.add(cldrName(alpha3, language));
    names.addAll(ALIASES.get(language).getOrDefault(alpha3, List.of()));
    return names;
  }

  /**
   * A dictionary of every State's readable names in {@code language}, each also in the forms {@code
   * inflect} gives (case endings), without prefixes: the language adds those.
   */
  public static NameDictionary dictionary(
      Language language, boolean spaced, Function<String, Collection<String>> inflect) {
    NameDictionary dictionary = new NameDictionary(spaced);
    for (String state : states()) {
      for (String name : readableNames(state, language)) {
        dictionary.add(name, state);
        for (String form : inflect.apply(name)) {
          dictionary.add(form, state);
        }
      }
    }
    return dictionary;
  }

  /** Every Member and observer State, sorted by code. */
  public static List<String> states() {
    List<String> all = new ArrayList<>(MEMBER_STATES);
    all.addAll(OBSERVER_STATES);
    all.sort(null);
    return all;
  }

  private static Map<String, String> alpha2Codes() {
    Map<String, String> codes = new HashMap<>();
    for (String alpha2 : ULocale.getISOCountries()) {
      String alpha3 = new ULocale("", alpha2).getISO3Country();
      if (!alpha3.isEmpty()) {
        codes.put(alpha3, alpha2);
      }
    }
    return codes;
  }

  private static Map<Language, Map<String, String>> unNames() {
    Language[] columns = {
      Language.EN, Language.FR, Language.ES, Language.RU, Language.AR, Language.ZH
    };
    Map<Language, Map<String, String>> names = new EnumMap<>(Language.class);
    for (Language language : columns) {
      names.put(language, new HashMap<>());
    }
    for (String[] row : rows("un-country-names.tsv", 1 + columns.length)) {
      for (int i = 0; i < columns.length; i++) {
        if (!row[i + 1].isEmpty()) {
          names.get(columns[i]).put(row[0], row[i + 1]);
        }
      }
    }
    return names;
  }

  private static Map<Language, Map<String, List<String>>> aliases() {
    Map<Language, Map<String, List<String>>> aliases = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      aliases.put(language, new HashMap<>());
    }
    for (String[] row : rows("country-aliases.tsv", 3)) {
      Language language =
          Language.fromCode(row[1])
              .orElseThrow(
                  () -> new IllegalStateException("country-aliases.tsv: bad language " + row[1]));
      aliases.get(language).computeIfAbsent(row[0], code -> new ArrayList<>()).add(row[2]);
    }
    return aliases;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CountryNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource + " next to CountryNames");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(
              resource
                  + " line "
                  + lineNumber
                  + ": expected "
                  + columns
                  + " tab-separated columns, got "
                  + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return rows;
  }
}
