package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Body;
import org.dossier.model.Distribution;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;
import org.dossier.model.Symbol;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final List<GeneratedDocument> CORPUS =
      new CorpusGenerator(20_260_101L).documents(400).toList();

  @Test
  void theSameSeedGivesTheSameDocumentsByteForByte() {
    List<GeneratedDocument> again = new CorpusGenerator(20_260_101L).documents(40).toList();
    for (int i = 0; i < again.size(); i++) {
      for (Language language : Language.values()) {
        GeneratedVersion first = CORPUS.get(i).version(language);
        GeneratedVersion second = again.get(i).version(language);
        assertThat(second.truth()).isEqualTo(first.truth());
        assertThat(second.render(Format.TXT)).isEqualTo(first.render(Format.TXT));
        assertThat(second.render(Format.MARKDOWN)).isEqualTo(first.render(Format.MARKDOWN));
      }
    }
  }

  @Test
  void anotherSeedGivesOtherDocuments() {
    List<String> other =
        new CorpusGenerator(7).documents(40).map(d -> d.version(Language.EN).text()).toList();
    List<String> ours =
        CORPUS.subList(0, 40).stream().map(d -> d.version(Language.EN).text()).toList();
    assertThat(other).isNotEqualTo(ours);
  }

  @Test
  void everySymbolParsesToItself() {
    for (GeneratedDocument document : CORPUS) {
      assertThat(Symbol.parse(document.symbol()).toString()).isEqualTo(document.symbol());
    }
  }

  @Test
  void symbolsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (GeneratedDocument document : CORPUS) {
      assertThat(seen.add(document.symbol())).as(document.symbol()).isTrue();
    }
  }

  @Test
  void familiesPointToEarlierBasesOfTheSameSymbol() {
    Set<String> earlier = new HashSet<>();
    int members = 0;
    for (GeneratedDocument document : CORPUS) {
      if (document.base().isPresent()) {
        members++;
        String base = document.base().get();
        assertThat(earlier).contains(base);
        assertThat(Symbol.parse(document.symbol()).base()).isEqualTo(Symbol.parse(base));
      }
      earlier.add(document.symbol());
    }
    assertThat(members).isGreaterThan(20);
  }

  @Test
  void citationsNameParsableSymbolsAndSomeCiteGeneratedDocuments() {
    Set<String> generated = new HashSet<>();
    int citingGenerated = 0;
    for (GeneratedDocument document : CORPUS) {
      for (String cited : document.cites()) {
        assertThat(Symbol.tryParse(cited)).as(cited).isPresent();
        if (generated.contains(cited)) {
          citingGenerated++;
        }
      }
      generated.add(document.symbol());
    }
    assertThat(citingGenerated).isGreaterThan(20);
  }

  @Test
  void citationTextsAppearInTheVersionText() {
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        for (DocumentRecord.Citation citation : version.truth().citations()) {
          assertThat(version.text()).contains(citation.text());
        }
      }
    }
  }

  @Test
  void mastheadDateIsOnOrAfterTheSessionStart() {
    for (GeneratedDocument document : CORPUS) {
      assertThat(document.version(Language.EN).truth().issueDate())
          .as(document.symbol())
          .isAfterOrEqualTo(document.session().start());
    }
  }

  @Test
  void titleDateIsNotAfterTheMastheadDate() {
    int dated = 0;
    for (GeneratedDocument document : CORPUS) {
      DocumentRecord truth = document.version(Language.EN).truth();
      if (truth.titleDate() != null) {
        dated++;
        assertThat(truth.titleDate()).isBeforeOrEqualTo(truth.issueDate());
      }
    }
    assertThat(dated).isGreaterThan(50);
  }

  @Test
  void eachVersionIsInItsLanguageAndAllShareTheOriginalLanguage() {
    for (GeneratedDocument document : CORPUS) {
      assertThat(document.versions())
          .extracting(GeneratedVersion::language)
          .containsExactly(Language.values());
      for (GeneratedVersion version : document.versions()) {
        assertThat(version.truth().language()).isEqualTo(version.language());
        assertThat(version.truth().originalLanguage()).isEqualTo(document.originalLanguage());
      }
    }
  }

  @Test
  void jobNumbersAreUniquePerVersionAndCarryTheLanguageLetter() {
    Map<String, String> owners = new HashMap<>();
    Map<Language, String> letters =
        Map.of(
            Language.AR,
            "(A)",
            Language.ZH,
            "(C)",
            Language.EN,
            "(E)",
            Language.FR,
            "(F)",
            Language.RU,
            "(R)",
            Language.ES,
            "(S)");
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        String job = version.truth().jobNumber();
        assertThat(job)
            .matches("(GE\\.)?\\d{2}-\\d{5} ?\\([ACEFRS]\\)")
            .endsWith(letters.get(version.language()));
        assertThat(owners.put(job, document.symbol() + version.language())).as(job).isNull();
      }
    }
  }

  @Test
  void aDocumentsJobNumbersAreCloseButNotConsecutiveInLanguageOrder() {
    int originalNotFirst = 0;
    int notConsecutive = 0;
    for (GeneratedDocument document : CORPUS) {
      Map<Language, Integer> numbers = new HashMap<>();
      for (GeneratedVersion version : document.versions()) {
        String job = version.truth().jobNumber();
        numbers.put(
            version.language(),
            Integer.parseInt(job.substring(job.indexOf('-') + 1, job.indexOf('-') + 6)));
      }
      int lowest = numbers.values().stream().min(Integer::compare).orElseThrow();
      int highest = numbers.values().stream().max(Integer::compare).orElseThrow();
      assertThat(highest - lowest).as(document.symbol()).isLessThanOrEqualTo(15);
      if (numbers.get(document.originalLanguage()) != lowest) {
        originalNotFirst++;
      }
      if (highest - lowest > 5) {
        notConsecutive++;
      }
    }
    assertThat(originalNotFirst).isGreaterThan(CORPUS.size() / 2);
    assertThat(notConsecutive).isGreaterThan(CORPUS.size() / 3);
  }

  @Test
  void theFooterPrintsTheJobNumberSometimesWithDatesAndBarCode() {
    Set<String> shapes = new HashSet<>();
    for (GeneratedDocument document : CORPUS) {
      GeneratedVersion version = document.versions().getFirst();
      String job = version.truth().jobNumber();
      String footer =
          version.text().lines().filter(line -> line.startsWith(job)).findFirst().orElseThrow();
      String rest = footer.substring(job.length());
      assertThat(rest).matches("(  \\d{6}( \\d{6})?)?(  \\*\\d{7}\\*)?");
      shapes.add(rest.replaceAll("\\d", "9"));
    }
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void distributionFollowsTheSymbol() {
    for (GeneratedDocument document : CORPUS) {
      Distribution expected =
          Symbol.parse(document.symbol()).impliedDistribution().orElse(Distribution.GENERAL);
      assertThat(document.version(Language.FR).truth().distribution()).isEqualTo(expected);
    }
  }

  @Test
  void theCorpusCoversEveryBodyAndDocumentTypeOverSeveralYears() {
    Set<Body> bodies = EnumSet.noneOf(Body.class);
    Set<DocType> types = EnumSet.noneOf(DocType.class);
    Set<Integer> years = new HashSet<>();
    for (GeneratedDocument document : CORPUS) {
      bodies.add(document.session().body());
      types.add(document.type());
      years.add(document.version(Language.EN).truth().issueDate().getYear());
    }
    assertThat(bodies).containsExactlyInAnyOrderElementsOf(SessionCalendar.BODIES);
    assertThat(types)
        .contains(
            DocType.NOTE_VERBALE,
            DocType.LETTER,
            DocType.REPORT,
            DocType.RESOLUTION,
            DocType.DECISION,
            DocType.DRAFT_RESOLUTION,
            DocType.NGO_STATEMENT,
            DocType.AGENDA,
            DocType.NOTE);
    assertThat(years.size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void someSymbolsAreNotPrintedAndThenTheTruthHasNone() {
    long unprinted =
        CORPUS.stream()
            .map(d -> d.version(Language.EN))
            .filter(v -> v.truth().symbol() == null)
            .count();
    assertThat(unprinted).isPositive();
    for (GeneratedDocument document : CORPUS) {
      DocumentRecord truth = document.version(Language.EN).truth();
      if (truth.symbol() == null) {
        assertThat(truth.symbols()).isEmpty();
        assertThat(document.version(Language.EN).text()).doesNotContain(document.symbol() + "\n");
      } else {
        assertThat(truth.symbols()).first().isEqualTo(document.symbol());
      }
    }
  }

  @Test
  void jointAssemblyAndCouncilLettersCarryBothSymbols() {
    List<DocumentRecord> joint =
        CORPUS.stream()
            .map(d -> d.version(Language.EN).truth())
            .filter(truth -> truth.symbols().size() == 2)
            .toList();

    assertThat(joint)
        .isNotEmpty()
        .allSatisfy(truth -> {
          assertThat(truth.symbols().get(1)).startsWith("S/");
          assertThat(truth.organ()).isEqualTo("General Assembly");
          assertThat(truth.title()).startsWith("Identical letters");
          assertThat(truth.addressee())
              .isEqualTo("the Secretary-General and the President of the Security Council");
        });
  }

  /** The footnote as UN documents print it (un-conventions §2), written here by hand. */
  private static final Map<Language, String> AS_RECEIVED =
      Map.of(
          Language.EN,
          "The annex is reproduced as received, in the language of submission only.",
          Language.FR,
          "L'annexe est reproduite telle qu'elle a été reçue, dans la langue originale seulement.");

  @Test
  void annexesReproducedAsReceivedStayInTheOriginalLanguageWithTheFootnote() {
    int reproduced = 0;
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        for (DocumentRecord.Annex annex : version.truth().annexes()) {
          if (annex.reproducedAsReceived()) {
            reproduced++;
            assertThat(annex.language()).isEqualTo(document.originalLanguage());
            String note = AS_RECEIVED.get(version.language());
            if (note != null) {
              assertThat(version.truth().footnotes()).contains(note);
            }
          } else {
            assertThat(annex.language()).isEqualTo(version.language());
          }
          assertThat(version.text()).contains(annex.title());
        }
      }
    }
    assertThat(reproduced).isGreaterThan(20);
  }

  @Test
  void communicationsNameTheirCountrySenderAndAddressee() {
    for (GeneratedDocument document : CORPUS) {
      if (document.type() == DocType.NOTE_VERBALE || document.type() == DocType.LETTER) {
        for (GeneratedVersion version : document.versions()) {
          DocumentRecord truth = version.truth();
          assertThat(truth.country()).matches("[A-Z]{3}");
          assertThat(truth.title()).contains(truth.sender()).contains(truth.addressee());
        }
      }
    }
  }

  @Test
  void aResolutionsOrDecisionsNumberIsPrintedBeforeItsTitleButIsNoPartOfIt() {
    int read = 0;
    for (GeneratedDocument document : CORPUS) {
      if (document.type() == DocType.RESOLUTION || document.type() == DocType.DECISION) {
        for (GeneratedVersion version : document.versions()) {
          String title = version.truth().title();
          // 37/1. Title (the Human Rights Council's, the Assembly's), 2504 (2020). Title (the
          // Security Council's).
          assertThat(title).doesNotMatch("\\d+(/\\d+| \\(\\d{4}\\)).*");
          assertThat(version.text())
              .containsPattern("\\d+(/\\d+| \\(\\d{4}\\))\\. " + Pattern.quote(title));
          read++;
        }
      }
    }
    assertThat(read).isGreaterThan(20);
  }

  @Test
  void aDraftsCountryIsItsFirstSponsorInEveryVersion() {
    int read = 0;
    for (GeneratedDocument document : CORPUS) {
      if (document.type() == DocType.DRAFT_RESOLUTION) {
        String country = document.versions().getFirst().truth().country();
        assertThat(country).matches("[A-Z]{3}");
        for (GeneratedVersion version : document.versions()) {
          assertThat(version.truth().country()).isEqualTo(country);
        }
        read++;
      }
    }
    assertThat(read).isGreaterThan(5);
  }

  @Test
  void agendaTitlesTheConventionsDoNotAttestAreMarkedUnverified() {
    for (GeneratedDocument document : CORPUS) {
      for (GeneratedVersion version : document.versions()) {
        List<DocumentRecord.AgendaRef> items = version.truth().agendaItems();
        for (int i = 0; i < items.size(); i++) {
          boolean attested =
              AgendaCatalogue.title(
                      document.session().body(), items.get(i).number(), version.language())
                  .attested();
          assertThat(version.unverified().contains("agendaItems[" + i + "].title"))
              .isEqualTo(!attested);
        }
      }
    }
  }

  @Test
  void onlyTheRequestedLanguagesAreWrittenAndTheyMatchTheFullCorpus() {
    GeneratedDocument full = CORPUS.get(3);
    GeneratedDocument partial =
        new CorpusGenerator(20_260_101L)
            .withLanguages(EnumSet.of(Language.RU, Language.ZH))
            .documents(4)
            .toList()
            .get(3);
    assertThat(partial.versions())
        .extracting(GeneratedVersion::language)
        .containsExactly(Language.ZH, Language.RU);
    assertThat(partial.version(Language.RU).truth()).isEqualTo(full.version(Language.RU).truth());
  }
}
