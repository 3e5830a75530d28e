package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final Symbol REPORT = Symbol.parse("A/HRC/43/2");
  private static final Symbol ADDENDUM = Symbol.parse("A/HRC/43/2/Add.1");
  private static final Symbol ADDENDUM_CORRIGENDUM = Symbol.parse("A/HRC/43/2/Add.1/Corr.1");
  private static final Symbol CORRIGENDUM = Symbol.parse("A/HRC/43/2/Corr.1");

  @Test
  void modifiersAreTheFamilyMembersDescendingFromTheDocument() {
    Document report =
        Document.of(REPORT)
            .withFamilyMember(ADDENDUM)
            .withFamilyMember(ADDENDUM_CORRIGENDUM)
            .withFamilyMember(CORRIGENDUM);
    assertThat(report.modifiers()).containsExactly(ADDENDUM, ADDENDUM_CORRIGENDUM, CORRIGENDUM);

    Document addendum =
        Document.of(ADDENDUM).withFamilyMember(REPORT).withFamilyMember(ADDENDUM_CORRIGENDUM);
    assertThat(addendum.base()).isEqualTo(REPORT);
    assertThat(addendum.modifiers()).containsExactly(ADDENDUM_CORRIGENDUM);
  }

  @Test
  void reissueHasTheModifiersOfTheDocumentItReissues() {
    Document reissue =
        Document.of(Symbol.parse("A/HRC/43/2*"))
            .withFamilyMember(REPORT)
            .withFamilyMember(ADDENDUM);
    assertThat(reissue.modifiers()).containsExactly(ADDENDUM);
  }

  @Test
  void familyMembersMustShareTheBase() {
    assertThatThrownBy(() -> Document.of(REPORT).withFamilyMember(Symbol.parse("A/HRC/43/3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Document.family of A/HRC/43/2 holds A/HRC/43/3, which is not another document with"
                + " base A/HRC/43/2");
    assertThatThrownBy(() -> Document.of(REPORT).withFamilyMember(REPORT))
        .hasMessageStartingWith("Document.family of A/HRC/43/2 holds A/HRC/43/2");
  }

  @Test
  void versionsAreKeptUnderTheirLanguage() {
    Document document =
        Document.of(REPORT)
            .withVersion(LanguageVersion.pending(Language.FR))
            .withVersion(LanguageVersion.pending(Language.AR));
    assertThat(document.versions().keySet()).containsExactly(Language.AR, Language.FR);
    assertThat(document.version(Language.FR)).isPresent();
    assertThat(document.version(Language.EN)).isEmpty();
    assertThatThrownBy(() ->
            new Document(
                REPORT,
                List.of(),
                Map.of(Language.EN, LanguageVersion.pending(Language.FR)),
                List.of(),
                List.of()))
        .hasMessage("Document.versions holds under en the fr version");
    assertThatThrownBy(() -> Document.of(REPORT).withVersion(null))
        .hasMessage("Document.versions cannot take a null version");
  }

  @Test
  void alternateSymbolsNeverRepeatThePrimaryOne() {
    Document letter =
        Document.of(Symbol.parse("A/74/123")).withAlternateSymbol(Symbol.parse("S/2019/456"));
    assertThat(letter.alternateSymbols()).containsExactly(Symbol.parse("s/2019/456"));
    assertThatThrownBy(() -> letter.withAlternateSymbol(Symbol.parse("a/74/123")))
        .hasMessage("Document.alternateSymbols must not repeat the primary symbol A/74/123");
  }

  @Test
  void citationsAreDistinct() {
    Symbol cited = Symbol.parse("A/RES/60/251");
    Document document = Document.of(REPORT).withCitation(cited).withCitation(cited);
    assertThat(document.citations()).containsExactly(cited);
    assertThatThrownBy(() -> new Document(REPORT, null, null, null, List.of(cited, cited)))
        .hasMessage("Document.citations repeats A/RES/60/251");
  }

  @Test
  void symbolIsRequired() {
    assertThatThrownBy(() -> Document.of(null)).hasMessage("Document.symbol is required");
  }
}
